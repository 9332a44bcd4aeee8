import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { get, set, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import { defaultSignalPhases, signalPhaseCount } from '../../../domain/plan.js';
import { signalPlanBodySchema, type SignalPlanBody, type SignalPlanView } from '../../../shared/plans.js';
import { isApiError, ApiError } from '../../app/http.js';
import type { FormField } from '../../components/use-form-feedback.js';
import enTexts from '../../i18n/signal-plan.en.json' with { type: 'json' };
import nlTexts from '../../i18n/signal-plan.nl.json' with { type: 'json' };
import { defaultPhaseName, phaseName, type BoxLabels } from './signal-words.js';

// The signalling plan's form: what it holds, how it starts, and how it becomes the body the API takes
// (src/shared/plans.ts), whose rules it checks before sending.

export interface MemberTaskValues {
  /** '' until someone is chosen. */
  memberId: string;
  action: string;
}

export interface PhaseValues {
  /** An existing phase keeps its id; a new one has none. */
  id?: string;
  code: string | null;
  /** As shown: the phase's own name, or the method's name of its code. */
  name: string;
  clientNotices: string;
  othersNotice: string;
  clientDoes: string;
  membersDo: MemberTaskValues[];
  professionalsDo: string;
}

export interface CrisisContactValues {
  name: string;
  phone: string;
  note: string;
}

export interface SignalPlanValues {
  phases: PhaseValues[];
  helps: string;
  doesNotHelp: string;
  crisisContacts: CrisisContactValues[];
}

export const maxCrisisContacts = 10;
export const maxMemberTasks = 20;
export const { min: minPhases, max: maxPhases } = signalPhaseCount;

export const emptyPhase = (code: string | null, name: string): PhaseValues => ({
  code,
  name,
  clientNotices: '',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
});

export const emptyContact = (): CrisisContactValues => ({ name: '', phone: '', note: '' });
export const emptyMemberTask = (): MemberTaskValues => ({ memberId: '', action: '' });

/** The form as it opens: the plan as it is, or the method's four phases for a plan not started yet. */
export function initialValues(t: TFunction, plan: SignalPlanView['signalPlan']): SignalPlanValues {
  if (plan === null) {
    return {
      phases: defaultSignalPhases.map((code) => emptyPhase(code, defaultPhaseName(t, code) ?? '')),
      helps: '',
      doesNotHelp: '',
      crisisContacts: [],
    };
  }
  return {
    phases: plan.phases.map((phase, index) => ({
      id: phase.id,
      code: phase.code,
      name: phaseName(t, phase, index),
      clientNotices: phase.clientNotices,
      othersNotice: phase.othersNotice,
      clientDoes: phase.clientDoes,
      membersDo: phase.membersDo.map(({ memberId, action }) => ({ memberId, action })),
      professionalsDo: phase.professionalsDo,
    })),
    helps: plan.helps,
    doesNotHelp: plan.doesNotHelp,
    crisisContacts: plan.crisisContacts.map(({ name, phone, note }) => ({ name, phone, note })),
  };
}

const methodNames = (code: string): string[] =>
  [nlTexts, enTexts].flatMap((texts) => {
    const name = (texts.phases as Record<string, string | undefined>)[code];
    return name === undefined ? [] : [name.toLowerCase()];
  });

/**
 * The name the API keeps: none (null) when the phase is one of the method's and still carries the
 * method's name in either language, so that it reads right in Dutch and in English; otherwise the
 * name as typed.
 */
export function phaseNameForBody(phase: Pick<PhaseValues, 'code' | 'name'>): string | null {
  const name = phase.name.trim();
  if (name === '') return null;
  if (phase.code !== null && methodNames(phase.code).includes(name.toLowerCase())) return null;
  return phase.name;
}

/** The form's values as the API's body, unchecked (the resolver checks them against the API's schema). */
export function toBody(values: SignalPlanValues): unknown {
  return {
    phases: values.phases.map((phase) => ({
      ...(phase.id !== undefined ? { id: phase.id } : {}),
      code: phase.code,
      name: phaseNameForBody(phase),
      clientNotices: phase.clientNotices,
      othersNotice: phase.othersNotice,
      clientDoes: phase.clientDoes,
      // Nobody chosen yet reads as empty, which the schema says must be filled in.
      membersDo: phase.membersDo.map((task) => ({
        memberId: task.memberId === '' ? undefined : task.memberId,
        action: task.action,
      })),
      professionalsDo: phase.professionalsDo,
    })),
    helps: values.helps,
    doesNotHelp: values.doesNotHelp,
    crisisContacts: values.crisisContacts,
  };
}

/**
 * Codes the shared messages would misread here: their `invalid_format` speaks of an email address
 * (here a phone number, or a stray control character), and a `custom` check here is a missing name.
 * `filled` tells an empty field from one with too little in it.
 */
export function fieldCode(field: string, code: string, filled = true): string {
  if (code === 'custom') return 'too_small';
  if (code === 'invalid_format') return 'generic';
  // A phone number too short to be one is not empty: the field's example says what is meant.
  if (code === 'too_small' && filled && /^crisisContacts\.\d+\.phone$/.test(field)) return 'generic';
  return code;
}

/** Every error with its path ("phases.2.name"), however deep in the lists. */
function leafErrors(errors: object, prefix = ''): [string, FieldError][] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]): [string, FieldError][] => {
    if (typeof value !== 'object' || value === null) return [];
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if ('type' in value && typeof value.type === 'string') return [[path, value as FieldError]];
    return leafErrors(value, path);
  });
}

const baseResolver = zodResolver(signalPlanBodySchema);

/**
 * Checks the form against the API's schema (as the API's body), plus what the schema leaves to the
 * server: a phase the plan added itself needs a name. Error paths are the form's, since the body
 * keeps its shape.
 */
export const signalPlanResolver: Resolver<SignalPlanValues, unknown, SignalPlanBody> = async (values, context, options) => {
  // The body has the form's shape (and so its field names); only the types of its values differ.
  const result = await baseResolver(
    toBody(values) as SignalPlanBody,
    context,
    options as unknown as Parameters<typeof baseResolver>[2],
  );
  const errors: FieldErrors<SignalPlanValues> = { ...result.errors };
  values.phases.forEach((phase, index) => {
    const path = `phases.${index}.name`;
    if (phase.code === null && phase.name.trim() === '' && get(errors, path) === undefined) {
      set(errors, path, { type: 'too_small', message: 'must have a name' });
    }
  });
  for (const [path, error] of leafErrors(errors)) {
    const value: unknown = get(values, path);
    error.type = fieldCode(path, error.type, typeof value === 'string' && value.trim() !== '');
  }
  if (Object.keys(errors).length === 0) return { values: result.values as SignalPlanBody, errors: {} };
  return { values: {}, errors };
};

/** A failed save with the server's field codes read as the form reads its own. */
export function withFormCodes(error: unknown): unknown {
  if (!isApiError(error) || error.problem.errors === undefined) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((item) => ({ ...item, code: fieldCode(item.field, item.code) })),
  });
}

/** Names of the form's labels, for the error summary: where in the plan each field is. */
export interface FieldLabelTexts {
  boxes: BoxLabels;
  phaseName: (index: number) => string;
}

/**
 * Every field the form shows now, with the label the error summary uses for it. The lists themselves
 * are left out: their state holds their rows' errors, and the buttons keep them within their limits.
 */
export function formFields(
  t: TFunction,
  values: Pick<SignalPlanValues, 'phases' | 'crisisContacts'>,
  labels: FieldLabelTexts,
): FormField<SignalPlanValues>[] {
  const fields: FormField<SignalPlanValues>[] = [];
  values.crisisContacts.forEach((_, index) => {
    const inContact = (field: string) => t('signalPlan.edit.fieldInContact', { number: index + 1, field });
    fields.push(
      { name: `crisisContacts.${index}.name`, label: inContact(t('signalPlan.edit.contacts.name')) },
      { name: `crisisContacts.${index}.phone`, label: inContact(t('signalPlan.edit.contacts.phone')) },
      { name: `crisisContacts.${index}.note`, label: inContact(t('signalPlan.edit.contacts.note')) },
    );
  });
  values.phases.forEach((phase, index) => {
    const phaseLabel = { number: index + 1, name: labels.phaseName(index) };
    const inPhase = (field: string) => t('signalPlan.edit.fieldInPhase', { ...phaseLabel, field });
    fields.push(
      { name: `phases.${index}.name`, label: inPhase(t('signalPlan.edit.phases.name')) },
      { name: `phases.${index}.clientNotices`, label: inPhase(labels.boxes.clientNotices) },
      { name: `phases.${index}.othersNotice`, label: inPhase(labels.boxes.othersNotice) },
      { name: `phases.${index}.clientDoes`, label: inPhase(labels.boxes.clientDoes) },
    );
    phase.membersDo.forEach((_, row) => {
      const inRow = (field: string) => t('signalPlan.edit.fieldInRow', { ...phaseLabel, row: row + 1, field });
      fields.push(
        { name: `phases.${index}.membersDo.${row}.memberId`, label: inRow(t('signalPlan.edit.members.member')) },
        { name: `phases.${index}.membersDo.${row}.action`, label: inRow(t('signalPlan.edit.members.action')) },
      );
    });
    fields.push({ name: `phases.${index}.professionalsDo`, label: inPhase(labels.boxes.professionalsDo) });
  });
  fields.push(
    { name: 'helps', label: t('signalPlan.edit.helps') },
    { name: 'doesNotHelp', label: t('signalPlan.edit.doesNotHelp') },
  );
  return fields;
}
