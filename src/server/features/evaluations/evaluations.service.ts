import { firstEvaluationPhase, respondentTypeOf, respondentTypes } from '../../../domain/evaluations.js';
import { isMemberKind } from '../../../domain/membership.js';
import type { EvaluationList, OpenRoundBody, Questionnaire, ResponseBody, RoundSummary } from '../../../shared/evaluations.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError } from '../../platform/http/errors.js';
import { createSharingPolicy } from '../sharing/index.js';
import { enqueueEvaluationInvitations, enqueueEvaluationLinks, enqueueEvaluationReminders } from './evaluation-jobs.js';
import { questionnaireOf, recordResponse } from './evaluation-responses.js';
import { instrumentInForce } from './instruments-in-force.js';
import { checkClosesOn, closesOnRange, refuseMeeting } from './evaluation-rules.js';
import {
  findEvaluationScope,
  isRoundOpen,
  isStillAsked,
  mayDirectRounds,
  requireDirector,
  roundOf,
  today,
  type EvaluationScope,
} from './evaluation-scope.js';
import { meetingKindOf, presentRound } from './evaluations.presenter.js';
import {
  createEvaluationsRepository,
  type EvaluationClient,
  type EvaluationsRepository,
  type RespondentValues,
  type RoundRow,
} from './evaluations.repository.js';

const notAsked = 'You were not asked in this round. Only those asked fill in its questionnaire.';

/** Someone a new round asks, before the instrument of their type is chosen. */
type AskedPerson = Omit<RespondentValues, 'instrument_source' | 'instrument_url' | 'instrument_version'>;

// A map or a record may hold an empty or blank address: that is none.
const hasAddress = (email: string | null): email is string => email !== null && email.trim() !== '';

/**
 * Everyone a new round asks: the client, when they have an account, and every active member, as
 * their respondent type, except a relative whose place ended: with their account when they have
 * one, else (`account_id` null) with a personal link mailed to their address on the client's network
 * map. A relative the client does not share the results with is asked too: how the group works for
 * them counts. Active members Regie cannot reach, because they have neither a usable account nor an
 * address on the map, are `unreachable`. A member whose account was switched off is not mailed a
 * link instead: whoever switched it off meant them not to come in.
 */
async function respondentsOf(
  repository: EvaluationsRepository,
  client: EvaluationClient,
  groupId: string,
): Promise<{ asked: AskedPerson[]; unreachable: string[] }> {
  const asked: AskedPerson[] = [];
  const unreachable: string[] = [];
  const accounts = new Set<string>();
  if (client.accountId !== null && (await repository.accountUsable(client.accountId))) {
    asked.push({ account_id: client.accountId, member_id: null, name: client.name, respondent_type: 'client' });
    accounts.add(client.accountId);
  }
  const members = await repository.listActiveMembers(groupId, client.id);
  const people = new Set<string>();
  for (const member of members) {
    if (!isMemberKind(member.kind)) continue;
    if (member.relativeId !== null) {
      const live = member.relativeClientId === client.id && member.relativeEndedAt === null;
      if (!live) continue;
    }
    if (member.accountId === null && member.networkPersonId !== null && hasAddress(member.mapEmail)) {
      // One person on the map, one questionnaire.
      if (people.has(member.networkPersonId)) continue;
      people.add(member.networkPersonId);
      asked.push({ account_id: null, member_id: member.id, name: member.name, respondent_type: respondentTypeOf(member.kind) });
      continue;
    }
    if (member.accountId === null || member.accountDisabledAt !== null) {
      unreachable.push(member.name);
      continue;
    }
    // One person, one questionnaire: a second membership of the same account is not asked twice.
    if (accounts.has(member.accountId)) continue;
    accounts.add(member.accountId);
    asked.push({
      account_id: member.accountId,
      member_id: member.id,
      name: member.name,
      respondent_type: respondentTypeOf(member.kind),
    });
  }
  return { asked, unreachable };
}

// Evaluation rounds of the client's group (PRODUCT.md §7): opened and closed by the client or the
// group's coordinator, each change in one transaction with its invitations and audit row; answered
// by those asked, once; followed by everyone who sees the group's rounds. Reads are logged before
// they are answered (SECURITY.md, NEN 7513).
export function createEvaluationsService(db: Db, audit: AuditLog) {
  const evaluations = createEvaluationsRepository(db);

  /** The summaries of these rounds as the actor sees them, read on `executor`. */
  async function summaries(executor: DbExecutor, actor: Actor, scope: EvaluationScope, rounds: readonly RoundRow[]) {
    const repository = createEvaluationsRepository(executor);
    const respondents = await repository.listRespondents(rounds.map((round) => round.id));
    const seesMeetings = await createSharingPolicy(executor).canSeeCategory(actor, scope.client.id, 'meetings');
    const meetingIds = rounds.flatMap((round) => (round.meeting_id === null ? [] : [round.meeting_id]));
    const meetings = seesMeetings ? await repository.listMeetingsById(meetingIds) : [];
    const names = await repository.namesOfAccounts([...new Set(rounds.map((round) => round.opened_by_account_id))]);
    const context = {
      relation: scope.relation,
      accountId: actor.accountId,
      meetings: new Map(meetings.map((meeting) => [meeting.id, meeting])),
      names,
      now: new Date(),
    };
    return rounds.map((round) =>
      presentRound(
        round,
        respondents.filter((respondent) => respondent.round_id === round.id),
        context,
      ),
    );
  }

  async function summaryOf(executor: DbExecutor, actor: Actor, scope: EvaluationScope, roundId: string): Promise<RoundSummary> {
    const round = await roundOf(createEvaluationsRepository(executor), scope.group.id, roundId);
    const [summary] = await summaries(executor, actor, scope, [round]);
    if (!summary) throw new Error('A round without its summary');
    return summary;
  }

  /** The round the actor was asked in (with their account), still as the place they were asked from, or 403. */
  async function ownRespondent(repository: EvaluationsRepository, actor: Actor, scope: EvaluationScope, roundId: string) {
    const round = await roundOf(repository, scope.group.id, roundId);
    const respondent = await repository.findRespondent(round.id, actor.accountId);
    if (!respondent || !isStillAsked(scope.relation, respondent.member_id)) throw new ForbiddenError(notAsked);
    return { round, respondent };
  }

  /** Why a round cannot be opened now: one is open, or the group has not reached the start meeting. */
  async function openBlocked(repository: EvaluationsRepository, scope: EvaluationScope): Promise<'round_open' | 'phase' | null> {
    const unclosed = await repository.listUnclosedRounds(scope.group.id);
    if (unclosed.some((round) => isRoundOpen(round))) return 'round_open';
    if (scope.group.phase < firstEvaluationPhase) return 'phase';
    return null;
  }

  return {
    /** The group's rounds, newest first, with who was not reached and what the caller may do. */
    async list(actor: Actor, clientId: string): Promise<EvaluationList> {
      const scope = await findEvaluationScope(db, actor, clientId);
      const rounds = await evaluations.listRounds(scope.group.id);
      const directs = mayDirectRounds(scope.relation);
      const blocked = directs ? await openBlocked(evaluations, scope) : null;
      const range = closesOnRange(today());
      const unreachable = directs ? (await respondentsOf(evaluations, scope.client, scope.group.id)).unreachable : [];
      const planned = directs ? await evaluations.listPlannedMeetings(scope.group.id, new Date().toISOString()) : [];
      const list: EvaluationList = {
        rounds: await summaries(db, actor, scope, rounds),
        notAsked: unreachable.map((name) => ({ name })),
        abilities: { open: directs && blocked === null, close: false },
        openBlocked: blocked,
        defaultClosesOn: range.proposed,
        maxClosesOn: range.latest,
        plannedMeetings: planned.map((meeting) => ({
          id: meeting.id,
          startsOn: meeting.starts_on,
          kind: meetingKindOf(meeting.kind),
        })),
      };
      list.abilities.close = directs && list.rounds.some((round) => round.open);
      await audit.record(actor, [{ action: 'read', dataCategory: 'evaluations', clientId, objectId: null }]);
      return list;
    },

    /**
     * Opens a round: everyone asked gets the instrument of their type in force now, and everyone but
     * the opener a mail. Refused while a round is open (409 `round_open`), before the start meeting's
     * phase (409 `phase`), with a last day out of range or a meeting that is not a planned one of the
     * group still to come (422), and when nobody could be asked (409 `no_respondents`).
     */
    open(actor: Actor, clientId: string, body: OpenRoundBody): Promise<RoundSummary> {
      return db.transaction().execute(async (trx) => {
        const repository = createEvaluationsRepository(trx);
        const scope = await findEvaluationScope(trx, actor, clientId);
        requireDirector(scope);
        // Rounds of one group are opened one after the other, each checked against what the one before left.
        await repository.lockGroup(scope.group.id);
        const blocked = await openBlocked(repository, scope);
        if (blocked === 'round_open')
          throw new ConflictError(
            'round_open',
            'A round is open already. Close it first, or wait until its last day has passed.',
          );
        if (blocked === 'phase')
          throw new ConflictError('phase', 'A round can be opened once the group has held its start meeting (phase 4).');
        checkClosesOn(body.closesOn, today());
        const meetingId = body.meetingId ?? null;
        if (meetingId !== null) {
          const planned = await repository.listPlannedMeetings(scope.group.id, new Date().toISOString());
          if (!planned.some((meeting) => meeting.id === meetingId)) refuseMeeting();
        }
        const { asked } = await respondentsOf(repository, scope.client, scope.group.id);
        if (asked.length === 0)
          throw new ConflictError(
            'no_respondents',
            'Nobody in the group can be asked: nobody has a Regie account, nor an email address on the network map. Invite the members or add their address first.',
          );
        const instruments = new Map<
          string,
          Pick<RespondentValues, 'instrument_source' | 'instrument_url' | 'instrument_version'>
        >();
        for (const type of respondentTypes)
          if (asked.some((respondent) => respondent.respondent_type === type)) {
            const { instrumentSource, definition } = await instrumentInForce(trx, scope.client.organisationId, type, 'nl');
            instruments.set(type, {
              instrument_source: instrumentSource,
              instrument_url: definition.url,
              instrument_version: definition.version,
            });
          }
        const roundId = await repository.insertRound({
          groupId: scope.group.id,
          meetingId,
          closesOn: body.closesOn,
          byAccountId: actor.accountId,
        });
        const rows = await repository.insertRespondents(
          roundId,
          asked.map((respondent) => {
            const instrument = instruments.get(respondent.respondent_type);
            if (!instrument) throw new Error('A respondent without an instrument');
            return { ...respondent, ...instrument };
          }),
        );
        const invited = rows.filter((row) => row.account_id !== null && row.account_id !== actor.accountId).map((row) => row.id);
        if (invited.length > 0) await enqueueEvaluationInvitations(trx, { roundId, respondentIds: invited });
        // The links are made when their mail is sent: no secret waits in the queue.
        const linked = rows.filter((row) => row.account_id === null).map((row) => row.id);
        if (linked.length > 0) await enqueueEvaluationLinks(trx, { roundId, respondentIds: linked });
        // Each of them is reminded two days before the last day, unless that moment has passed already.
        await enqueueEvaluationReminders(trx, { roundId, closesOn: body.closesOn, respondentIds: [...invited, ...linked] });
        const summary = await summaryOf(trx, actor, scope, roundId);
        await audit.append(trx, actor, [{ action: 'create', dataCategory: 'evaluations', clientId, objectId: roundId }]);
        return summary;
      });
    },

    async view(actor: Actor, clientId: string, roundId: string): Promise<RoundSummary> {
      const scope = await findEvaluationScope(db, actor, clientId);
      const summary = await summaryOf(db, actor, scope, roundId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'evaluations', clientId, objectId: roundId }]);
      return summary;
    },

    /** Closes an open round before its last day (409 `round_closed` when it no longer takes answers). */
    close(actor: Actor, clientId: string, roundId: string): Promise<RoundSummary> {
      return db.transaction().execute(async (trx) => {
        const repository = createEvaluationsRepository(trx);
        const scope = await findEvaluationScope(trx, actor, clientId);
        requireDirector(scope);
        const round = await roundOf(repository, scope.group.id, roundId);
        await repository.lockRound(round.id);
        const locked = await roundOf(repository, scope.group.id, roundId);
        if (!isRoundOpen(locked)) throw new ConflictError('round_closed', 'This round is closed already.');
        await repository.closeRound(round.id, actor.accountId);
        const summary = await summaryOf(trx, actor, scope, roundId);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'evaluations', clientId, objectId: roundId }]);
        return summary;
      });
    },

    /** The caller's own questionnaire in the round (403 for anyone not asked in it). */
    async questionnaire(actor: Actor, clientId: string, roundId: string): Promise<Questionnaire> {
      const scope = await findEvaluationScope(db, actor, clientId, 'answer');
      const { round, respondent } = await ownRespondent(evaluations, actor, scope, roundId);
      const questionnaire: Questionnaire = await questionnaireOf(db, round, respondent, scope.client, actor.locale);
      await audit.record(actor, [{ action: 'read', dataCategory: 'evaluations', clientId, objectId: roundId }]);
      return questionnaire;
    },

    /**
     * The respondent's response, whole and final: only while the round is open (409 `round_closed`),
     * only once (409 `already_answered`), checked against their instrument (422 per item, nothing
     * stored). Stored per item with its scale scores; the last answer closes the round.
     */
    respond(actor: Actor, clientId: string, roundId: string, body: ResponseBody): Promise<RoundSummary> {
      return db.transaction().execute(async (trx) => {
        const repository = createEvaluationsRepository(trx);
        const scope = await findEvaluationScope(trx, actor, clientId, 'answer');
        const { respondent } = await ownRespondent(repository, actor, scope, roundId);
        const outcome = await recordResponse(trx, respondent.id, body, actor.locale);
        if ('refused' in outcome) {
          if (outcome.refused === 'already_answered') throw alreadyAnswered();
          throw new ConflictError('round_closed', 'This round is closed: it no longer takes answers.');
        }
        const summary = await summaryOf(trx, actor, scope, roundId);
        await audit.append(trx, actor, [{ action: 'create', dataCategory: 'evaluations', clientId, objectId: roundId }]);
        return summary;
      });
    },
  };
}
export type EvaluationsService = ReturnType<typeof createEvaluationsService>;

const alreadyAnswered = () =>
  new ConflictError('already_answered', 'You have answered this questionnaire already. A response is final.');
