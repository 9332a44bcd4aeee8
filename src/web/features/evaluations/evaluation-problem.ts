import { isApiError } from '../../app/http.js';

/** What was tried: opening a round, closing it early, or sending a response. */
export type EvaluationAction = 'open' | 'close' | 'answer';

// Refusals of the evaluations' own (src/server/features/evaluations/), by their code where the words
// can be precise, else by status: what a 403 means depends on what was tried.
const byCode = {
  open: { round_open: 'evaluations.problems.round_open', phase: 'evaluations.problems.phase' },
  close: { round_closed: 'evaluations.problems.round_closed' },
  answer: {
    round_closed: 'evaluations.problems.round_closed',
    already_answered: 'evaluations.problems.already_answered',
  },
} as const;

const byStatus = {
  open: { 403: 'evaluations.problems.notOpener' },
  close: { 403: 'evaluations.problems.notOpener', 409: 'evaluations.problems.round_closed' },
  answer: { 403: 'evaluations.problems.notAsked', 422: 'evaluations.problems.answers' },
} as const;

type ProblemKey = {
  [A in EvaluationAction]: (typeof byCode)[A][keyof (typeof byCode)[A]] | (typeof byStatus)[A][keyof (typeof byStatus)[A]];
}[EvaluationAction];

const lookup = (table: object, key: string | number): ProblemKey | undefined =>
  Object.hasOwn(table, key) ? (table as Record<string | number, ProblemKey>)[key] : undefined;

/** The key of the words for a refusal, given what was tried; null for the app's shared messages. */
export function evaluationProblemKey(error: unknown, action: EvaluationAction): ProblemKey | null {
  if (!isApiError(error)) return null;
  return lookup(byCode[action], error.code) ?? lookup(byStatus[action], error.status) ?? null;
}
