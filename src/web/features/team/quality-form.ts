import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { evaluationThemes, qualityDecisions, type EvaluationTheme } from '../../../domain/evaluations.js';
import { qualityStages, type QualityStage } from '../../../domain/quality-cycle.js';
import type { QualityAction, QualityActionBody } from '../../../shared/team.js';

// An improvement action through the plan-do-check-act cycle (the stages are the domain's,
// src/domain/quality-cycle.ts): its step's number, the actions per step, and the form's values to
// and from the API's body.

/** "Stap 2 van 4". */
export const stageNumber = (stage: QualityStage): number => qualityStages.indexOf(stage) + 1;

/** The actions per stage, each in the order given (newest first), every stage present. */
export function actionsByStage<A extends Pick<QualityAction, 'stage'>>(actions: readonly A[]): Record<QualityStage, A[]> {
  const grouped: Record<QualityStage, A[]> = { plan: [], do: [], check: [], act: [] };
  for (const action of actions) grouped[action.stage].push(action);
  return grouped;
}

/** "No theme" and "not decided yet": a select and radio buttons need a value, the API wants null. */
export const none = 'none';

const optionalDate = z.iso.date().nullable();

export const qualityFormSchema = z.object({
  what: z.string().trim().min(1).max(1000),
  why: z.string().trim().min(1).max(2000),
  theme: z.string().nullable(),
  ownerProfessionalId: z.string().nullable(),
  dueOn: optionalDate,
  checkResult: z.string().trim().max(2000),
  checkedOn: optionalDate,
  decision: z.enum([...qualityDecisions, none]),
  decisionNote: z.string().trim().max(2000),
});
export type QualityValues = z.input<typeof qualityFormSchema>;
export type QualityOutput = z.output<typeof qualityFormSchema>;

/**
 * The zod resolver, with error types the shared messages know: a date that cannot be read fails a
 * format check, which the shared messages would read as a bad email address.
 */
export const qualityResolver: Resolver<QualityValues, unknown, QualityOutput> = async (values, context, options) => {
  const result = await zodResolver(qualityFormSchema)(values, context, options);
  const errors = result.errors as FieldErrors<QualityValues>;
  for (const error of Object.values(errors)) {
    if (typeof error !== 'object' || !('type' in error)) continue;
    if (error.type === 'invalid_format') error.type = 'generic';
  }
  return result;
};

/** A new action's empty form, or an action's values to change it. */
export function valuesOf(action?: QualityAction): QualityValues {
  return {
    what: action?.what ?? '',
    why: action?.why ?? '',
    theme: action?.theme ?? null,
    ownerProfessionalId: action?.owner?.id ?? null,
    dueOn: action?.dueOn ?? null,
    checkResult: action?.checkResult ?? '',
    checkedOn: action?.checkedOn ?? null,
    decision: action?.decision ?? none,
    decisionNote: action?.decisionNote ?? '',
  };
}

const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The API's body: the whole action, with what is left empty as null. */
export function bodyOf(values: QualityOutput): QualityActionBody {
  return {
    theme: values.theme === none ? null : values.theme,
    what: values.what.trim(),
    why: values.why.trim(),
    ownerProfessionalId: values.ownerProfessionalId === none ? null : values.ownerProfessionalId,
    dueOn: values.dueOn,
    checkResult: textOrNull(values.checkResult),
    checkedOn: values.checkedOn,
    decision: values.decision === none ? null : values.decision,
    decisionNote: textOrNull(values.decisionNote),
  };
}

export type ThemeChoice = { kind: 'theme'; id: EvaluationTheme } | { kind: 'other'; id: string };

/** The themes to choose from: Regie's four, and an action's own theme when it is another (a loaded instrument's scale). */
export function themeChoices(current: string | null): ThemeChoice[] {
  const known = evaluationThemes.map((id): ThemeChoice => ({ kind: 'theme', id }));
  return current !== null && current !== none && !(evaluationThemes as readonly string[]).includes(current)
    ? [...known, { kind: 'other', id: current }]
    : known;
}
