import { amsterdamDay, addDays } from '../../domain/amsterdam-time.js';
import {
  firstEvaluationPhase,
  respondentTypeOf,
  roundDays,
  type EvaluationTheme,
  type RespondentType,
} from '../../domain/evaluations.js';
import {
  scoreResponse,
  validateAnswers,
  type AnswerValue,
  type InstrumentDefinition,
  type InstrumentItem,
} from '../../domain/instruments.js';
import { isMemberKind, type MemberKind } from '../../domain/membership.js';
import { regieInstrument } from '../../domain/regie-evaluation.js';
import type { DbTransaction } from '../platform/db/database.js';
import { newId } from '../platform/ids/ids.js';
import { groupStories } from './demo-groups.js';
import { daanEvaluations } from './evaluations/daan.js';
import { noorEvaluations } from './evaluations/noor.js';
import { qualityActionStories } from './evaluations/quality-actions.js';
import type { EvaluationStory, StoryQualityAction, StoryResponse, StoryRound } from './evaluations/story.js';

// The demo groups' evaluation rounds on the R-MET themes (PRODUCT.md §7), told as stories like the
// meetings: dates count back from the day of loading. The groups in phases 5 and 6 held rounds before
// their follow-ups, answered on Regie's own instruments and scored as answering would have, so that
// their results pages show themes by respondent type, a trend, a relative hidden and one shown, and
// remarks (one signed). Every round is closed: no invitation waits, nobody is mailed. Kees's group
// (phase 4) has none. FACT Noord's figures count four rounds and leave one out, and the team has two
// improvement actions, one planned and one through the whole cycle.

/** Noor (phase 5) and Daan (phase 6). */
export const evaluationStories: readonly EvaluationStory[] = [noorEvaluations, daanEvaluations];

const dayMs = 86_400_000;
/** Rounds open in the morning; answers come in the late afternoon, a few minutes apart (UTC). */
const openedMinute = 9 * 60 + 30;
const answeredMinute = 16 * 60;

type Clock = { at: (daysAgo: number, minutes: number) => string; date: (daysAgo: number) => string };

interface GroupMember {
  key: string;
  id: string;
  name: string;
  kind: MemberKind;
  role: string | null;
  accountId: string | null;
  /** The membership's status at an instant: its last step by then. */
  statusAt: (instant: string) => string | null;
}

/**
 * Writes the demo groups' evaluation rounds and the teams' improvement actions inside the demo's
 * transaction, after the groups and meetings: members, their history and the meetings are read back
 * from what those wrote. A story that breaks a rule of a round fails the whole transaction.
 */
export async function loadDemoEvaluations(trx: DbTransaction, today: Date): Promise<void> {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const clock: Clock = {
    at: (daysAgo, minutes) => new Date(midnight - daysAgo * dayMs + minutes * 60_000).toISOString(),
    date: (daysAgo) => new Date(midnight - daysAgo * dayMs).toISOString().slice(0, 10),
  };
  for (const story of evaluationStories) await writeStory(trx, story, clock, today.toISOString());
  for (const action of qualityActionStories) await writeQualityAction(trx, action, clock);
}

async function writeStory(trx: DbTransaction, story: EvaluationStory, clock: Clock, now: string): Promise<void> {
  const fail = (problem: string): never => {
    throw new Error(`Demo evaluations of ${story.client}: ${problem}`);
  };
  const client = await trx
    .selectFrom('clients')
    .innerJoin('accounts', 'accounts.id', 'clients.account_id')
    .innerJoin('groups', 'groups.client_id', 'clients.id')
    .select(['clients.name', 'accounts.id as accountId', 'groups.id as groupId'])
    .where('accounts.email', '=', story.client)
    .where('groups.closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  const members = await membersOf(trx, client.groupId, story.client, fail);
  const phaseChanges = await trx
    .selectFrom('group_phase_changes')
    .select(['to_phase', 'changed_at'])
    .where('group_id', '=', client.groupId)
    .orderBy('changed_at')
    .execute();
  const meetings = await trx
    .selectFrom('meetings')
    .select(['id', 'starts_on', 'starts_at', 'created_at', 'status'])
    .where('group_id', '=', client.groupId)
    .execute();

  let previousEnd = '';
  for (const [index, round] of story.rounds.entries()) {
    const where = `round ${index + 1}`;
    const openedAt = clock.at(round.openedDaysAgo, openedMinute);
    const openedOn = amsterdamDay(new Date(openedAt));
    const closesOn = clock.date(round.closesDaysAgo);
    if (closesOn < openedOn || closesOn > addDays(openedOn, roundDays.max)) fail(`${where}: its last day is out of range`);
    if (addDays(closesOn, 1) > amsterdamDay(new Date(now))) fail(`${where}: it would still be open`);
    if (openedAt <= previousEnd) fail(`${where}: opened while the round before was open`);
    const phase = phaseChanges.filter((change) => change.changed_at <= openedAt).at(-1)?.to_phase ?? 1;
    if (phase < firstEvaluationPhase) fail(`${where}: opened in phase ${phase}`);

    const activeThen = members.filter((member) => member.statusAt(openedAt) === 'active');
    const coordinator = activeThen.find((member) => member.role === 'coordinator' && member.accountId !== null);
    const openedBy =
      round.openedBy === 'client' ? client.accountId : (coordinator?.accountId ?? fail(`${where}: no coordinator`));
    const meetingId = round.meetingDaysAgo === undefined ? null : meetingOf(round, openedAt, clock, meetings, where, fail);

    // Who a round asks: the client and every active member with an account, each with the
    // instrument of their type; the story must name exactly them.
    const asked = [
      { key: 'client', memberId: null, name: client.name, accountId: client.accountId, type: 'client' as RespondentType },
      ...activeThen.flatMap((member) =>
        member.accountId === null
          ? []
          : [
              {
                key: member.key,
                memberId: member.id,
                name: member.name,
                accountId: member.accountId,
                type: respondentTypeOf(member.kind),
              },
            ],
      ),
    ];
    const named = round.responses.map((response) => response.who);
    if (
      named.length !== new Set(named).size ||
      [...named].sort().join() !==
        asked
          .map((a) => a.key)
          .sort()
          .join()
    )
      fail(`${where}: asks ${asked.map((a) => a.key).join(', ')}, the story names ${named.join(', ')}`);

    const lastOn = addDays(closesOn, 1);
    const rows = asked.map((respondent, position) => {
      const response = round.responses.find((candidate) => candidate.who === respondent.key) ?? fail(respondent.key);
      const answeredAt =
        response.answeredDaysAgo === undefined ? null : clock.at(response.answeredDaysAgo, answeredMinute + 7 * position);
      if (answeredAt !== null && (answeredAt <= openedAt || amsterdamDay(new Date(answeredAt)) >= lastOn))
        fail(`${where}: ${respondent.key} answered outside the round`);
      return { respondent, response, answeredAt };
    });
    const everyone = rows.every((row) => row.answeredAt !== null);
    const closedAt = everyone
      ? (rows
          .map((row) => row.answeredAt ?? '')
          .sort()
          .at(-1) ?? null)
      : null;
    previousEnd = closedAt ?? clock.at(round.closesDaysAgo - 1, 0);

    const roundId = newId();
    await trx
      .insertInto('evaluation_rounds')
      .values({
        id: roundId,
        group_id: client.groupId,
        meeting_id: meetingId,
        opened_at: openedAt,
        opened_by_account_id: openedBy,
        closes_on: closesOn,
        // The last answer closes a round; a round someone did not answer closed when its last day passed.
        closed_at: closedAt,
        closed_by_account_id: null,
      })
      .execute();
    for (const { respondent, response, answeredAt } of rows) {
      const definition = regieInstrument(respondent.type, 'nl');
      const respondentId = newId();
      await trx
        .insertInto('evaluation_respondents')
        .values({
          id: respondentId,
          round_id: roundId,
          account_id: respondent.accountId,
          member_id: respondent.memberId,
          name: respondent.name,
          respondent_type: respondent.type,
          instrument_source: 'regie',
          instrument_url: definition.url,
          instrument_version: definition.version,
          invited_at: openedAt,
          answered_at: answeredAt,
          show_when_alone: answeredAt === null ? null : response.showWhenAlone ? 1 : 0,
          signed: answeredAt === null ? null : response.signed ? 1 : 0,
        })
        .execute();
      if (answeredAt === null) {
        if (response.themes || response.remark) fail(`${where}: ${respondent.key} has answers but did not answer`);
        continue;
      }
      const answers = answersOf(definition, response, (problem) => fail(`${where}: ${respondent.key}: ${problem}`));
      const problems = validateAnswers(definition, answers);
      if (problems.length > 0) fail(`${where}: ${respondent.key}: ${problems.map((p) => `${p.linkId} ${p.reason}`).join(', ')}`);
      for (const [linkId, value] of Object.entries(answers)) {
        await trx
          .insertInto('evaluation_answers')
          .values({ respondent_id: respondentId, link_id: linkId, value: JSON.stringify(value) })
          .execute();
      }
      for (const scale of scoreResponse(definition, answers)) {
        if (scale.score === null) continue;
        await trx
          .insertInto('evaluation_scores')
          .values({ respondent_id: respondentId, scale_id: scale.id, score: scale.score, answered: scale.answered })
          .execute();
      }
    }
  }
}

/** The meeting a round's results are for: one of the group's, planned before the round opened and held after it closed. */
function meetingOf(
  round: StoryRound,
  openedAt: string,
  clock: Clock,
  meetings: readonly { id: string; starts_on: string; starts_at: string; created_at: string; status: string }[],
  where: string,
  fail: (problem: string) => never,
): string {
  const day = clock.date(round.meetingDaysAgo ?? 0);
  const meeting = meetings.find((candidate) => candidate.starts_on === day) ?? fail(`${where}: no meeting on ${day}`);
  if (meeting.status !== 'planned' || meeting.created_at >= openedAt || meeting.starts_at <= openedAt)
    fail(`${where}: the meeting on ${day} was not a planned meeting ahead when the round opened`);
  if ((round.meetingDaysAgo ?? 0) > round.closesDaysAgo) fail(`${where}: the meeting is before the round's last day`);
  return meeting.id;
}

function* walk(items: readonly InstrumentItem[]): Generator<InstrumentItem> {
  for (const item of items) {
    yield item;
    if (item.item) yield* walk(item.item);
  }
}

/** The answer to a choice (or number) item that means `value`: an option's code or whole number. */
function answerTo(item: InstrumentItem, value: number | string, fail: (problem: string) => never): AnswerValue {
  for (const option of item.answerOption ?? []) {
    if ('valueCoding' in option && option.valueCoding.code === String(value))
      return { coding: { code: option.valueCoding.code } };
    if ('valueInteger' in option && option.valueInteger === value) return { integer: value };
  }
  if (item.type === 'integer' && typeof value === 'number') return { integer: value };
  return fail(`${item.linkId} has no answer ${value}`);
}

/**
 * A response's answers per item: each theme's questions answered so that their mean is close to
 * the story's level (whole answers, the higher ones first; reverse-worded questions the other way
 * round, so that they score the same), 'Weet ik niet' where the story says, and the remark in the
 * open question.
 */
function answersOf(
  definition: InstrumentDefinition,
  response: StoryResponse,
  fail: (problem: string) => never,
): Record<string, AnswerValue> {
  const items = new Map([...walk(definition.item)].map((item) => [item.linkId, item]));
  const item = (linkId: string) => items.get(linkId) ?? fail(`no item ${linkId}`);
  const answers: Record<string, AnswerValue> = {};
  const dontKnow = response.dontKnow ?? [];
  for (const scale of definition.scoring.scales) {
    const level = response.themes?.[scale.id as EvaluationTheme] ?? fail(`no level for ${scale.id}`);
    if (level < scale.min || level > scale.max) fail(`${scale.id}: ${level} is off the scale`);
    const scored = scale.items.filter((linkId) => !dontKnow.includes(linkId));
    const low = Math.floor(level);
    const higher = Math.round((level - low) * scored.length);
    scored.forEach((linkId, index) => {
      const value = Math.min(scale.max, index < higher ? low + 1 : low);
      answers[linkId] = answerTo(item(linkId), scale.reverse?.includes(linkId) ? scale.min + scale.max - value : value, fail);
    });
  }
  for (const linkId of dontKnow) answers[linkId] = answerTo(item(linkId), 'dont_know', fail);
  if (response.remark !== undefined) {
    const open = [...items.values()].find((candidate) => candidate.type === 'text') ?? fail('no open question');
    answers[open.linkId] = { string: response.remark };
  }
  return answers;
}

/** The group's memberships by the person's key in the group story, with their accounts and history. */
async function membersOf(
  trx: DbTransaction,
  groupId: string,
  client: string,
  fail: (problem: string) => never,
): Promise<GroupMember[]> {
  const story = groupStories.find((candidate) => candidate.client === client) ?? fail('no group story');
  const rows = await trx
    .selectFrom('group_members')
    .innerJoin('network_people', 'network_people.id', 'group_members.network_person_id')
    .leftJoin('relatives', 'relatives.id', 'group_members.relative_id')
    .leftJoin('professionals', 'professionals.id', 'group_members.professional_id')
    .select([
      'group_members.id',
      'group_members.name',
      'group_members.kind',
      'group_members.role',
      'network_people.name as personName',
      'relatives.account_id as relativeAccount',
      'professionals.account_id as professionalAccount',
    ])
    .where('group_members.group_id', '=', groupId)
    .execute();
  const events = await trx
    .selectFrom('member_events')
    .select(['member_id', 'to_status', 'occurred_at'])
    .where('group_id', '=', groupId)
    .orderBy('occurred_at')
    .execute();
  return rows.map((row): GroupMember => {
    const person = story.people.find((candidate) => candidate.name === row.personName) ?? fail(`${row.name} is not in the story`);
    if (!isMemberKind(row.kind)) return fail(`${row.name} has kind ${row.kind}`);
    const own = events.filter((event) => event.member_id === row.id);
    return {
      key: person.key,
      id: row.id,
      name: row.name,
      kind: row.kind,
      role: row.role,
      accountId: row.relativeAccount ?? row.professionalAccount ?? null,
      statusAt: (instant) => own.filter((event) => event.occurred_at <= instant).at(-1)?.to_status ?? null,
    };
  });
}

async function writeQualityAction(trx: DbTransaction, action: StoryQualityAction, clock: Clock): Promise<void> {
  const fail = (problem: string): never => {
    throw new Error(`Demo improvement action "${action.what}": ${problem}`);
  };
  const team = await trx.selectFrom('teams').select('id').where('name', '=', action.team).executeTakeFirstOrThrow();
  const professional = async (email: string) => {
    const row = await trx
      .selectFrom('professionals')
      .innerJoin('accounts', 'accounts.id', 'professionals.account_id')
      .select(['professionals.id', 'professionals.team_id', 'accounts.id as accountId'])
      .where('accounts.email', '=', email)
      .executeTakeFirstOrThrow();
    if (row.team_id !== team.id) fail(`${email} is not in ${action.team}`);
    return row;
  };
  const author = await professional(action.createdBy);
  const owner = action.owner === undefined ? null : await professional(action.owner);
  if (action.decision && !action.check) fail('a decision follows a check');
  const lastChange = Math.min(action.createdDaysAgo, action.check?.daysAgo ?? action.createdDaysAgo);
  await trx
    .insertInto('quality_actions')
    .values({
      id: newId(),
      team_id: team.id,
      theme: action.theme,
      what: action.what,
      why: action.why,
      owner_professional_id: owner?.id ?? null,
      due_on: action.dueDaysAgo === undefined ? null : clock.date(action.dueDaysAgo),
      check_result: action.check?.result ?? null,
      checked_on: action.check ? clock.date(action.check.daysAgo) : null,
      decision: action.decision?.decision ?? null,
      decision_note: action.decision?.note ?? null,
      created_at: clock.at(action.createdDaysAgo, 14 * 60),
      created_by_account_id: author.accountId,
      updated_at: clock.at(lastChange, 14 * 60 + 30),
      updated_by_account_id: author.accountId,
    })
    .execute();
}
