import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { BaseSyntheticEvent, SubmitEvent } from 'react';
import type { Control, FieldError, FieldValues, Resolver, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { agreementStatuses, progressScoreRange, type AgreementStatus } from '../../../domain/plan.js';
import { minutesAgreementBodySchema, minutesBodySchema, type Minutes, type MinutesBody } from '../../../shared/meetings.js';
import { ApiError, isApiError } from '../../app/http.js';
import type { FormField } from '../../components/use-form-feedback.js';
import { agendaTitle } from './meeting-words.js';

// The minutes' form: what it holds, how it opens from the draft, and how it becomes the one body the
// API saves at once (src/shared/meetings.ts). The form has a row per open goal and per open agreement
// of the plan, so that nothing has to be added to give a score or change an agreement; the body
// holds only the scores given and the agreements changed.

/** "The client does it": a choice needs a value, the API wants null. */
export const byClient = 'client';

/** The scores as choices: none (the goal was not scored at this meeting), or 0 to 10. */
export const scoreChoices = [
  '',
  ...Array.from({ length: progressScoreRange.max - progressScoreRange.min + 1 }, (_, index) =>
    String(progressScoreRange.min + index),
  ),
] as [string, ...string[]];

export interface MinutesItemValues {
  id: string;
  notes: string;
  decisions: string;
}

export interface ScoreValues {
  goalId: string;
  /** '' for no score at this meeting. */
  score: string;
  note: string;
}

export interface NewAgreementValues {
  what: string;
  /** A member's id, or `byClient`. */
  memberId: string;
  dueOn: string | null;
  goalId: string | null;
}

/** One of the plan's open agreements, as the meeting leaves it. */
export interface AgreementChangeValues {
  agreementId: string;
  status: AgreementStatus;
  dueOn: string | null;
}

export interface MinutesValues {
  items: MinutesItemValues[];
  scores: ScoreValues[];
  newAgreements: NewAgreementValues[];
  changes: AgreementChangeValues[];
}

/** The form's control, as the parts of the form take it. */
export type MinutesControl = Control<MinutesValues, unknown, MinutesValues>;

type PlanAgreement = Minutes['planAgreements'][number];

/** The plan's own id of an open agreement (the API may give it as the row's id or as its agreementId). */
export const planAgreementId = (agreement: Pick<PlanAgreement, 'id' | 'agreementId'>): string =>
  agreement.agreementId ?? agreement.id;

export const emptyAgreement = (): NewAgreementValues => ({ what: '', memberId: byClient, dueOn: null, goalId: null });

/** The form as it opens: the draft as saved, with a row for every open goal and every open agreement. */
export function initialMinutesValues(minutes: Minutes): MinutesValues {
  return {
    items: minutes.items.map(({ id, notes, decisions }) => ({ id, notes, decisions })),
    scores: minutes.goals.map((goal) => {
      const saved = minutes.scores.find((score) => score.goalId === goal.id);
      return { goalId: goal.id, score: saved === undefined ? '' : String(saved.score), note: saved?.note ?? '' };
    }),
    newAgreements: minutes.agreements
      .filter((agreement) => agreement.agreementId === null)
      .map((agreement) => ({
        what: agreement.what,
        memberId: agreement.assignee.kind === 'member' ? agreement.assignee.memberId : byClient,
        dueOn: agreement.dueOn,
        goalId: agreement.goalId,
      })),
    changes: minutes.planAgreements.map((agreement) => {
      const id = planAgreementId(agreement);
      const saved = minutes.agreements.find((change) => change.agreementId === id);
      return {
        agreementId: id,
        status: saved?.status ?? agreement.status,
        dueOn: saved === undefined ? agreement.dueOn : saved.dueOn,
      };
    }),
  };
}

/** The most agreements, new and changed together, that one meeting's minutes hold (as the API takes them). */
export const maxAgreements = 30;

/** True when the meeting left one of the plan's agreements other than the plan has it. */
export const isChange = (
  row: Pick<AgreementChangeValues, 'status' | 'dueOn'>,
  agreement: Pick<PlanAgreement, 'status' | 'dueOn'>,
): boolean => row.status !== agreement.status || row.dueOn !== agreement.dueOn;

/** How many of the plan's agreements the form changes now. */
export function changeCount(changes: readonly AgreementChangeValues[], minutes: Pick<Minutes, 'planAgreements'>): number {
  return changes.filter((row) => {
    const agreement = minutes.planAgreements.find((candidate) => planAgreementId(candidate) === row.agreementId);
    return agreement !== undefined && isChange(row, agreement);
  }).length;
}

/** Where each of the body's rows came from in the form, to put the server's remarks next to the right field. */
export interface BodyLayout {
  /** Per score in the body: its row in `scores`. */
  scores: number[];
  /** Per agreement in the body: a new one's row, or a changed one's row. */
  agreements: { list: 'newAgreements' | 'changes'; index: number }[];
}

/**
 * The form's values as the body the API saves: only the goals that got a score, the new agreements,
 * and the plan's agreements the meeting changed (a row left as the plan has it is no change).
 */
export function toMinutesBody(
  values: MinutesValues,
  minutes: Pick<Minutes, 'planAgreements'>,
): { body: MinutesBody; layout: BodyLayout } {
  const layout: BodyLayout = { scores: [], agreements: [] };
  const scores: MinutesBody['scores'] = [];
  values.scores.forEach((row, index) => {
    if (row.score === '') return;
    layout.scores.push(index);
    scores.push({ goalId: row.goalId, score: Number(row.score), note: row.note.trim() === '' ? null : row.note.trim() });
  });
  const agreements: MinutesBody['agreements'] = [];
  values.newAgreements.forEach((row, index) => {
    layout.agreements.push({ list: 'newAgreements', index });
    agreements.push({
      agreementId: null,
      what: row.what.trim(),
      memberId: row.memberId === byClient || row.memberId === '' ? null : row.memberId,
      dueOn: row.dueOn,
      goalId: row.goalId,
      status: 'open',
    });
  });
  values.changes.forEach((row, index) => {
    const agreement = minutes.planAgreements.find((candidate) => planAgreementId(candidate) === row.agreementId);
    if (agreement === undefined || !isChange(row, agreement)) return;
    layout.agreements.push({ list: 'changes', index });
    agreements.push({
      agreementId: row.agreementId,
      what: agreement.what,
      memberId: agreement.assignee.kind === 'member' ? agreement.assignee.memberId : null,
      dueOn: row.dueOn,
      goalId: agreement.goalId,
      status: row.status,
    });
  });
  return {
    body: {
      items: values.items.map(({ id, notes, decisions }) => ({ id, notes: notes.trim(), decisions: decisions.trim() })),
      scores,
      agreements,
    },
    layout,
  };
}

const itemShape = minutesBodySchema.shape.items.element.shape;
const scoreNote = minutesBodySchema.shape.scores.element.shape.note.unwrap();

const minutesFormSchema = z.object({
  items: z.array(z.object({ id: z.string(), notes: itemShape.notes, decisions: itemShape.decisions })),
  scores: z.array(
    z
      .object({ goalId: z.string(), score: z.enum(scoreChoices), note: scoreNote })
      // A note without a score would be lost: the plan keeps notes with their scores.
      .refine((row) => row.score !== '' || row.note.trim() === '', { message: 'required', path: ['score'] }),
  ),
  newAgreements: z.array(
    z.object({
      what: minutesAgreementBodySchema.shape.what,
      memberId: z.string().min(1),
      dueOn: z.iso.date().nullable(),
      goalId: z.string().nullable(),
    }),
  ),
  changes: z.array(z.object({ agreementId: z.string(), status: z.enum(agreementStatuses), dueOn: z.iso.date().nullable() })),
});

/** Every error with its path ("scores.2.score"), however deep in the lists. */
function leafErrors(errors: object, prefix = ''): [string, FieldError][] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]): [string, FieldError][] => {
    if (typeof value !== 'object' || value === null) return [];
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if ('type' in value && typeof value.type === 'string') return [[path, value as FieldError]];
    return leafErrors(value, path);
  });
}

/**
 * Codes the shared messages would misread: their `invalid_format` speaks of an email address (here a
 * stray control character or a date that cannot be read), and a refinement names its code in its message.
 */
function formCode(error: FieldError): string {
  if (error.type === 'invalid_format') return 'generic';
  if (error.type === 'custom') return typeof error.message === 'string' && error.message !== '' ? error.message : 'generic';
  return error.type;
}

/**
 * The zod resolver, with error types the shared messages know (see formCode), however deep in the
 * form's lists the error is.
 */
export function codedResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  const base = zodResolver(schema);
  return async (values, context, options) => {
    const result = await base(values, context, options);
    for (const [, error] of leafErrors(result.errors)) error.type = formCode(error);
    return result;
  };
}

/**
 * The form's submit, sent once: a second press while the first is on its way would save twice.
 * (ApiForm does the same for forms that need no words of their own for a refusal.)
 */
export function submitOnce<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>,
): (event: SubmitEvent<HTMLFormElement>) => void {
  return (event) => {
    if (form.formState.isSubmitting) event.preventDefault();
    else void onSubmit(event);
  };
}

/** Checks the form before anything is sent, with the API's own rules for each text. */
export const minutesResolver = codedResolver(minutesFormSchema);

const agreementFields: Readonly<Record<string, { newAgreements: string; changes: string }>> = {
  what: { newAgreements: 'what', changes: 'status' },
  memberId: { newAgreements: 'memberId', changes: 'status' },
  dueOn: { newAgreements: 'dueOn', changes: 'dueOn' },
  goalId: { newAgreements: 'goalId', changes: 'status' },
  status: { newAgreements: 'what', changes: 'status' },
  agreementId: { newAgreements: 'what', changes: 'status' },
};

/** The form's field for a field of the body the server named ("agreements.1.memberId" → "newAgreements.0.memberId"). */
export function formFieldOf(field: string, layout: BodyLayout): string {
  const score = /^scores\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (score) {
    const row = layout.scores[Number(score[1])];
    if (row === undefined) return field;
    return `scores.${row}.${score[2] === 'note' ? 'note' : 'score'}`;
  }
  const agreement = /^agreements\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (agreement) {
    const row = layout.agreements[Number(agreement[1])];
    if (row === undefined) return field;
    const inRow = agreementFields[agreement[2] ?? 'what'] ?? agreementFields.what;
    return `${row.list}.${row.index}.${inRow?.[row.list] ?? 'what'}`;
  }
  return field;
}

/** A failed save with the server's field names read as the form's. */
export function withFormFields(error: unknown, layout: BodyLayout): unknown {
  if (!isApiError(error) || error.problem.errors === undefined) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((item) => ({
      ...item,
      field: formFieldOf(item.field, layout),
      code: item.code === 'invalid_format' ? 'generic' : item.code,
    })),
  });
}

/** What the error summary needs to name the rows: the goals' and the plan agreements' texts. */
export interface RowNames {
  goalText: (goalId: string) => string;
  agreementWhat: (agreementId: string) => string;
}

/** Every field the form shows, in its order, with the label the error summary names it by. */
export function minutesFields(
  t: TFunction,
  minutes: Pick<Minutes, 'items'>,
  values: Pick<MinutesValues, 'scores' | 'newAgreements' | 'changes'>,
  names: RowNames,
): FormField<MinutesValues>[] {
  const fields: FormField<MinutesValues>[] = [];
  minutes.items.forEach((item, index) => {
    const title = agendaTitle(t, item);
    fields.push(
      { name: `items.${index}.notes`, label: t('minutes.form.fieldInItem', { field: t('minutes.items.notes'), item: title }) },
      {
        name: `items.${index}.decisions`,
        label: t('minutes.form.fieldInItem', { field: t('minutes.items.decisions'), item: title }),
      },
    );
  });
  values.scores.forEach((row, index) => {
    const goal = names.goalText(row.goalId);
    fields.push(
      { name: `scores.${index}.score`, label: t('minutes.form.fieldForGoal', { field: t('minutes.scores.score'), goal }) },
      { name: `scores.${index}.note`, label: t('minutes.form.fieldForGoal', { field: t('minutes.scores.note'), goal }) },
    );
  });
  values.newAgreements.forEach((_, index) => {
    const inRow = (field: string) => t('minutes.form.fieldInAgreement', { number: index + 1, field });
    fields.push(
      { name: `newAgreements.${index}.what`, label: inRow(t('minutes.agreements.what')) },
      { name: `newAgreements.${index}.memberId`, label: inRow(t('minutes.agreements.who')) },
      { name: `newAgreements.${index}.dueOn`, label: inRow(t('minutes.agreements.dueOn')) },
      { name: `newAgreements.${index}.goalId`, label: inRow(t('minutes.agreements.goal')) },
    );
  });
  values.changes.forEach((row, index) => {
    const what = names.agreementWhat(row.agreementId);
    fields.push(
      {
        name: `changes.${index}.status`,
        label: t('minutes.form.fieldOfAgreement', { field: t('minutes.agreements.status'), what }),
      },
      {
        name: `changes.${index}.dueOn`,
        label: t('minutes.form.fieldOfAgreement', { field: t('minutes.agreements.newDueOn'), what }),
      },
    );
  });
  return fields;
}
