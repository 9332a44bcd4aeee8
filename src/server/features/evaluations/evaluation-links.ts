import { randomBytes } from 'node:crypto';
import type { DbExecutor } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { isRoundOpen } from './evaluation-scope.js';

// The personal link to a round's questionnaire for a member without an account (PRODUCT.md §7:
// everyone in the group is asked, in Regie and by mail). It is made when its mail is sent, with 256
// random bits; only its hash is kept, on the respondent's row, and a newer link replaces it. It
// opens that one respondent's questionnaire, once, while the round is open and the member is still
// in the group with that address on the client's network map. Nothing else: no session, no page of
// Regie's behind a sign-in.

/** A link that is unknown, replaced, used, or whose round or member is gone: all look the same. */
export class EvaluationLinkInvalidError extends AppError {
  constructor() {
    super(404, 'link_invalid', 'This link is not valid (anymore). Ask whoever invited you to the group.');
  }
}

/** A new link token (256 random bits, 43 characters base64url); only its hash is stored. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

// A map may hold an empty or blank address: that is none.
const hasAddress = (email: string | null): email is string => email !== null && email.trim() !== '';

/** A link respondent with what decides whether their link (still) works. */
export interface LinkStanding {
  respondentId: string;
  roundId: string;
  accountId: string | null;
  answeredAt: string | null;
  linkSentAt: string | null;
  closed_at: string | null;
  closes_on: string;
  groupId: string;
  groupClosedAt: string | null;
  clientId: string;
  memberStatus: string | null;
  memberGroupId: string | null;
  relativeId: string | null;
  relativeClientId: string | null;
  relativeEndedAt: string | null;
  personClientId: string | null;
  personRemovedAt: string | null;
  personEmail: string | null;
}

function standingQuery(executor: DbExecutor) {
  return executor
    .selectFrom('evaluation_respondents as er')
    .innerJoin('evaluation_rounds as r', 'r.id', 'er.round_id')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .leftJoin('group_members as m', 'm.id', 'er.member_id')
    .leftJoin('relatives as rel', 'rel.id', 'm.relative_id')
    .leftJoin('network_people as np', 'np.id', 'm.network_person_id')
    .select([
      'er.id as respondentId',
      'er.round_id as roundId',
      'er.account_id as accountId',
      'er.answered_at as answeredAt',
      'er.link_sent_at as linkSentAt',
      'r.closed_at as closed_at',
      'r.closes_on as closes_on',
      'r.group_id as groupId',
      'g.closed_at as groupClosedAt',
      'g.client_id as clientId',
      'm.status as memberStatus',
      'm.group_id as memberGroupId',
      'm.relative_id as relativeId',
      'rel.client_id as relativeClientId',
      'rel.ended_at as relativeEndedAt',
      'np.client_id as personClientId',
      'np.removed_at as personRemovedAt',
      'np.email as personEmail',
    ]);
}

/** The respondent whose newest link has this hash, if any. */
export function findLinkStanding(executor: DbExecutor, tokenHash: string): Promise<LinkStanding | undefined> {
  return standingQuery(executor).where('er.link_token_hash', '=', tokenHash).executeTakeFirst();
}

export function findLinkStandingById(executor: DbExecutor, respondentId: string): Promise<LinkStanding | undefined> {
  return standingQuery(executor).where('er.id', '=', respondentId).executeTakeFirst();
}

/**
 * The address the respondent's link goes to, while it may still be used: a respondent without an
 * account who has not answered, in a round still open of a group not closed, still an active member
 * of that group (a relative's place not ended), still on the client's network map with an address.
 * Null otherwise.
 */
export function linkAddress(standing: LinkStanding, now: Date = new Date()): string | null {
  if (standing.accountId !== null || standing.answeredAt !== null) return null;
  if (!isRoundOpen(standing, now) || standing.groupClosedAt !== null) return null;
  if (standing.memberStatus !== 'active' || standing.memberGroupId !== standing.groupId) return null;
  if (standing.relativeId !== null && (standing.relativeClientId !== standing.clientId || standing.relativeEndedAt !== null))
    return null;
  if (standing.personClientId !== standing.clientId || standing.personRemovedAt !== null) return null;
  return hasAddress(standing.personEmail) ? standing.personEmail : null;
}

/** Stores a new link's hash on the respondent; the one before stops working. */
export async function storeLinkHash(executor: DbExecutor, respondentId: string, tokenHash: string): Promise<void> {
  await executor
    .updateTable('evaluation_respondents')
    .set({ link_token_hash: tokenHash })
    .where('id', '=', respondentId)
    .where('answered_at', 'is', null)
    .execute();
}

/** Notes that the respondent's link was mailed. */
export async function markLinkSent(executor: DbExecutor, respondentId: string): Promise<void> {
  await executor.updateTable('evaluation_respondents').set({ link_sent_at: nowIso() }).where('id', '=', respondentId).execute();
}
