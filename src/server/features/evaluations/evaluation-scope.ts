import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { respondentTypeOf, roundIsOpen, type RespondentType } from '../../../domain/evaluations.js';
import { isMemberKind, type MemberKind } from '../../../domain/membership.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { isClientSelf, isTreatingProfessional } from '../clients/index.js';
import { createSharingPolicy, isClientsCoordinator } from '../sharing/index.js';
import {
  createEvaluationsRepository,
  type EvaluationClient,
  type EvaluationGroup,
  type EvaluationsRepository,
  type RoundRow,
} from './evaluations.repository.js';

// What every evaluation call starts from (results and trend too): the client, their active group,
// and what the caller is to that group. Who sees the group's rounds at all: the client; the group's
// active members (a relative only while the client shares evaluation results with them); the
// client's team. Every active member is asked, though: a relative the client does not share the
// results with still fills in their own questionnaire (`purpose: 'answer'`), since the round asks
// how the group works for everyone in it. "Not found" and "not yours" answer alike (404); whoever
// sees the rounds but may not do a thing is told why (403).

/** The caller's own active membership in the group, with the respondent type it answers as. */
export interface OwnMembership {
  memberId: string;
  memberKind: MemberKind;
  /** The membership's role in the group ('coordinator', 'clinician'), if any. */
  role: string | null;
  respondentType: Exclude<RespondentType, 'client'>;
}

/**
 * What the caller is to the group: the client; the group's coordinator (the client's own
 * coordinator, or the professional of an active membership in the coordinator's role), with their
 * membership if they have one; an active member; a professional of the client's team who is not in
 * the group (sees that rounds run, never their results).
 */
export type EvaluationRelation =
  | { kind: 'client' }
  | { kind: 'coordinator'; member: OwnMembership | null }
  | { kind: 'member'; member: OwnMembership; seesRounds: boolean }
  | { kind: 'team' };

/**
 * What a call is for: `view` the group's rounds, progress and results (as the client's sharing
 * allows), or `answer` the caller's own questionnaire (every active member who was asked).
 */
export type ScopePurpose = 'view' | 'answer';

export interface EvaluationScope {
  client: EvaluationClient;
  group: EvaluationGroup;
  relation: EvaluationRelation;
}

/** The caller's active membership in the group, or null (the client has none in their own group). */
async function ownMembership(executor: DbExecutor, actor: Actor, client: EvaluationClient, groupId: string) {
  let query = executor
    .selectFrom('group_members as m')
    .leftJoin('relatives as r', 'r.id', 'm.relative_id')
    .select(['m.id as id', 'm.kind as kind', 'm.role as role'])
    .where('m.group_id', '=', groupId)
    .where('m.status', '=', 'active');
  if (actor.role === 'relative')
    query = query
      .where('r.account_id', '=', actor.accountId)
      .where('r.client_id', '=', client.id)
      .where('r.ended_at', 'is', null);
  else if (actor.professional !== null) query = query.where('m.professional_id', '=', actor.professional.id);
  else return null;
  const row = await query.orderBy('m.created_at').orderBy('m.id').executeTakeFirst();
  if (!row || !isMemberKind(row.kind)) return null;
  return { memberId: row.id, memberKind: row.kind, role: row.role, respondentType: respondentTypeOf(row.kind) };
}

/**
 * What the actor is to the client's group, read at this moment (memberships, the client's sharing),
 * or null when they do not see its rounds at all.
 */
export async function relationToGroup(
  executor: DbExecutor,
  actor: Actor,
  client: EvaluationClient,
  group: Pick<EvaluationGroup, 'id'>,
): Promise<EvaluationRelation | null> {
  if (isClientSelf(actor, client.id)) return { kind: 'client' };
  if (actor.role === 'client') return null;
  const member = await ownMembership(executor, actor, client, group.id);
  if (actor.professional !== null && (isClientsCoordinator(actor, client) || member?.role === 'coordinator'))
    return { kind: 'coordinator', member };
  if (member !== null) {
    // A relative sees the group's evaluations as the client shares them (by default: yes).
    const seesRounds =
      actor.role !== 'relative' || (await createSharingPolicy(executor).canSeeCategory(actor, client.id, 'evaluation_results'));
    return { kind: 'member', member, seesRounds };
  }
  return isTreatingProfessional(actor, client) ? { kind: 'team' } : null;
}

/**
 * The client, their active group and what the actor is to it; 404 when the actor does not see its
 * rounds (for `answer`: is not in the group at all).
 */
export async function findEvaluationScope(
  executor: DbExecutor,
  actor: Actor,
  clientId: string,
  purpose: ScopePurpose = 'view',
): Promise<EvaluationScope> {
  const scope = await evaluationScopeOrNull(executor, actor, clientId, purpose);
  if (scope === 'no_group') throw new NotFoundError('This client has no group yet, and so no evaluations.');
  if (scope === null) throw new NotFoundError();
  return scope;
}

/** As findEvaluationScope, without refusing: for lists across clients and for jobs. */
export async function evaluationScopeOrNull(
  executor: DbExecutor,
  actor: Actor,
  clientId: string,
  purpose: ScopePurpose = 'view',
): Promise<EvaluationScope | 'no_group' | null> {
  const repository = createEvaluationsRepository(executor);
  const client = await repository.findClient(clientId);
  if (!client) return null;
  const group = await repository.findActiveGroup(clientId);
  // Whoever may not see the client learns nothing, not even that there is no group.
  if (!group)
    return isClientSelf(actor, clientId) || isTreatingProfessional(actor, client) || isClientsCoordinator(actor, client)
      ? 'no_group'
      : null;
  const relation = await relationToGroup(executor, actor, client, group);
  if (relation === null || (purpose === 'view' && relation.kind === 'member' && !relation.seesRounds)) return null;
  return { client, group, relation };
}

/** The client and the group's coordinator open and close rounds, each in their own right. */
export function mayDirectRounds(relation: EvaluationRelation): boolean {
  return relation.kind === 'client' || relation.kind === 'coordinator';
}

/** Who sees who answered (never what): the client and the coordinator. */
export const maySeeRespondents = mayDirectRounds;

/**
 * Results belong to the group: the client, the coordinator and the active members read them; the
 * team sees them only aggregated over groups (the team's figures).
 */
export function mayReadResults(relation: EvaluationRelation): boolean {
  return relation.kind !== 'team';
}

/**
 * Whether what the caller is to the group now is the place they were asked from in a round
 * (`memberId` of their respondent row): still the client, or still in the same active membership. A
 * respondent who left the group, or whose place as the client's relative ended, is not.
 */
export function isStillAsked(relation: EvaluationRelation, memberId: string | null): boolean {
  if (memberId === null) return relation.kind === 'client';
  return (relation.kind === 'member' || relation.kind === 'coordinator') && relation.member?.memberId === memberId;
}

/** 403 for whoever sees the rounds but may not open or close them. */
export function requireDirector(scope: EvaluationScope): void {
  if (!mayDirectRounds(scope.relation))
    throw new ForbiddenError('The client and their coordinator open and close evaluation rounds.');
}

/** 403 for a professional of the team who is not in the group: the results are the group's. */
export function requireResultsReader(scope: EvaluationScope): void {
  if (!mayReadResults(scope.relation))
    throw new ForbiddenError(
      "A round's results are for the client and the members of the group. The team sees its figures over all groups.",
    );
}

/** A round of the group, or 404 (another group's round too). */
export async function roundOf(repository: EvaluationsRepository, groupId: string, roundId: string): Promise<RoundRow> {
  const round = await repository.findRound(groupId, roundId);
  if (!round) throw new NotFoundError();
  return round;
}

/** Today in Amsterdam, the day rounds are judged by. */
export const today = (now: Date = new Date()): string => amsterdamDay(now);

/** Whether the round still takes answers (src/domain/evaluations.ts roundIsOpen). */
export function isRoundOpen(round: Pick<RoundRow, 'closed_at' | 'closes_on'>, now: Date = new Date()): boolean {
  return roundIsOpen({ closedAt: round.closed_at, closesOn: round.closes_on }, today(now));
}
