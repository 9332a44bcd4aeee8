import { defaultGoalLimits, type GoalLimits } from '../../../domain/phases.js';
import type { Actor } from '../../platform/context.js';
import type { AgreementRow, PlanClient } from './plans.repository.js';

// Who may do what with the resource group plan (PRODUCT.md §5). Reading follows the client's sharing
// and writing the degrees of direction, both read from the database at hand in plan-scope.ts; these
// are the rules that follow from who the actor is.

/** The two parts of the plan a member may be shown apart (src/domain/sharing.ts). */
export type PlanPart = 'plan' | 'signal_plan';

/** The person behind a request as the one who does agreements. */
export interface Doer {
  /** The client whose plan it is, when the actor is that client. */
  clientId: string | null;
  /** The actor's live places among clients' relatives. */
  relativeIds: ReadonlySet<string>;
  professionalId: string | null;
}

export function doerOf(actor: Actor, relativeIds: readonly string[]): Doer {
  return {
    clientId: actor.role === 'client' ? actor.clientId : null,
    relativeIds: new Set(actor.role === 'relative' ? relativeIds : []),
    professionalId: actor.professional?.id ?? null,
  };
}

/**
 * True when `doer` does this agreement of `clientId`'s plan, and so may mark it done: the client their
 * own (no member), a member theirs while they take part in the group.
 */
export function doesAgreement(doer: Doer, clientId: string, agreement: AgreementRow): boolean {
  if (agreement.member_id === null) return doer.clientId === clientId;
  if (agreement.memberStatus !== 'active') return false;
  if (agreement.memberRelativeId !== null && doer.relativeIds.has(agreement.memberRelativeId)) return true;
  return agreement.memberProfessionalId !== null && agreement.memberProfessionalId === doer.professionalId;
}

/** The goal limits of the client's organisation; where it set none, the method's. */
export function goalLimitsOf(client: Pick<PlanClient, 'goalLimitLong' | 'goalLimitShort'>): GoalLimits {
  return {
    long: client.goalLimitLong ?? defaultGoalLimits.long,
    short: client.goalLimitShort ?? defaultGoalLimits.short,
  };
}
