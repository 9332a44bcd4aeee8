/**
 * The team's quality cycle (PRODUCT.md §7, PDCA): an improvement action is planned (what and why),
 * done (an owner and a date), checked (what the next round showed) and acted on (keep, adjust or
 * stop). Pure.
 */

export const qualityStages = ['plan', 'do', 'check', 'act'] as const;
export type QualityStage = (typeof qualityStages)[number];

/** What of an action decides its stage; a blank text counts as not filled in. */
export interface QualityActionFacts {
  ownerProfessionalId: string | null;
  dueOn: string | null;
  checkResult: string | null;
  decision: string | null;
}

const filled = (value: string | null): boolean => value !== null && value.trim() !== '';

/**
 * Where an action is in its cycle, from the furthest step filled in: `act` once a decision is taken,
 * else `check` once what the next round showed is written down, else `do` once it has an owner or a
 * date, else `plan`. A later step counts even when an earlier one was skipped: a team may decide to
 * stop an action nobody took on.
 */
export function qualityActionStage(action: QualityActionFacts): QualityStage {
  if (filled(action.decision)) return 'act';
  if (filled(action.checkResult)) return 'check';
  if (filled(action.ownerProfessionalId) || filled(action.dueOn)) return 'do';
  return 'plan';
}
