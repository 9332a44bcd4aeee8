import { amsterdamToUtc } from '../../../domain/amsterdam-time.js';
import { reminderAt } from '../../../domain/meeting-rhythm.js';
import {
  addAgendaItem,
  agendaTemplate,
  defaultDurationMinutes,
  isStartEvaluationComplete,
  locationNeedsDetail,
  needsTheme,
  normaliseItemTitle,
  removeAgendaItem,
  suggestMinuteTaker,
  type AgendaItem,
  type MeetingKind,
  type ResponseAnswer,
} from '../../../domain/meetings.js';
import type { Member, MemberKind, MemberStatus, ProfessionalRole } from '../../../domain/membership.js';
import type { PhaseNumber } from '../../../domain/phases.js';
import { meetingBodySchema, minutesBodySchema, startEvaluationBodySchema } from '../../../shared/meetings.js';
import { newId } from '../../platform/ids/ids.js';
import type { GroupStory } from '../groups/story.js';
import type { MeetingStory, StoryChair, StoryMeeting } from './story.js';

// Replays a group's meeting story as Regie would have taken each meeting: planned with the API's own
// schema, an agenda built from the template with the domain's add and remove rules, a chair who is
// an active member (or the client), the minute-taker Regie suggests (or one the story names, within
// the same rules), everyone active invited, and minutes for every item once it was held, approved by
// the client unless the story keeps them a draft. Pure apart from new ids, so that a broken story can be
// shown to fail without a database.

/** A membership of the group as meetings need it: who, what kind, and their history. */
export interface MeetingMember {
  /** The person's key in the group story. */
  key: string;
  id: string;
  name: string;
  kind: MemberKind;
  role: ProfessionalRole | null;
  /** The status `daysAgo` days before the load day (negative: today's); null before it existed. */
  statusOn: (daysAgo: number) => MemberStatus | null;
  /** When the membership last became active, or null if it never did. */
  activatedAt: string | null;
}

export interface MeetingReplayContext {
  group: GroupStory;
  clientAccount: string;
  /** In the order they joined the group. */
  members: readonly MeetingMember[];
  /** The group's `start_evaluated` tick, if the group story has one. */
  startEvaluatedTick: { at: string; accountId: string } | null;
  /** A moment `daysAgo` days before the load day, `minutes` after midnight (UTC), and that day's date. */
  at: (daysAgo: number, minutes: number) => string;
  date: (daysAgo: number) => string;
  /** The moment of loading. */
  now: string;
}

export interface ReplayedAgendaItem {
  id: string;
  code: string;
  title: string | null;
  notes: string;
  decisions: string;
}

export interface ReplayedInvitee {
  memberId: string;
  invitedAt: string;
  answer: ResponseAnswer | null;
  answeredAt: string | null;
  remindedAt: string | null;
}

/** One meeting's rows, as the meetings feature would have left them. */
export interface ReplayedMeeting {
  id: string;
  kind: MeetingKind;
  theme: string | null;
  startsOn: string;
  startsTime: string;
  startsAt: string;
  durationMinutes: number;
  locationKind: string;
  locationDetail: string | null;
  chairMemberId: string | null;
  minuteTakerMemberId: string | null;
  channel: string | null;
  /** Whether its start has passed: held meetings have minutes, approved unless the story says not yet. */
  held: boolean;
  minutesApproved: boolean;
  minutesApprovedAt: string | null;
  minutesApprovedByAccountId: string | null;
  createdAt: string;
  createdByAccountId: string;
  updatedAt: string;
  agenda: ReplayedAgendaItem[];
  invitees: ReplayedInvitee[];
  evaluation: {
    howDidItGo: string;
    whatToKeep: string;
    whatToChange: string;
    recordedAt: string;
    recordedByAccountId: string;
  } | null;
}

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
const iso = (ms: number) => new Date(ms).toISOString();
const latest = (...moments: string[]) => moments.reduce((a, b) => (b > a ? b : a));

/** Meetings are put on the calendar after the day's group work (08:00–17:00 UTC in demo-groups.ts). */
const plannedMinute = 17 * 60;
/** Minutes are approved on the day, before the plan work of that evening (demo-plans.ts, from 18:00 UTC). */
const approvedMinute = 17 * 60 + 30;

/** The key minutes use for an agenda item: its code, or the title of the client's own item. */
export function minutesKey(item: AgendaItem): string {
  return item.code === 'custom' ? normaliseItemTitle(item.title) : item.code;
}

/**
 * Replays `story` and returns its meetings' rows, oldest first, or throws naming the first thing
 * Regie would have refused.
 */
export function replayMeetingStory(story: MeetingStory, context: MeetingReplayContext): ReplayedMeeting[] {
  const { group, members } = context;
  const fail = (problem: string): never => {
    throw new Error(`Demo meetings of ${story.client}: ${problem}`);
  };
  const phaseOn = (daysAgo: number): PhaseNumber =>
    group.phaseMoves.filter((move) => move.daysAgo >= Math.max(daysAgo, 0)).at(-1)?.to ?? 1;
  const activeOn = (member: MeetingMember, daysAgo: number) => member.statusOn(daysAgo) === 'active';
  const memberByKey = (key: string, what: string): MeetingMember =>
    members.find((member) => member.key === key) ?? fail(`${what}: ${key} is not a member of the group`);

  const replayed: ReplayedMeeting[] = [];
  // Minute-takers of earlier meetings, most recent first, as suggestMinuteTaker reads them.
  const history: (string | null)[] = [];
  const nowMs = Date.parse(context.now);
  let previousDay = Number.POSITIVE_INFINITY;

  for (const [index, meeting] of story.meetings.entries()) {
    const what = `${meeting.kind} meeting ${meeting.daysAgo} days ago`;
    if (!Number.isInteger(meeting.daysAgo) || meeting.daysAgo >= previousDay) fail(`${what}: out of order`);
    previousDay = meeting.daysAgo;
    if (!Number.isInteger(meeting.plannedDaysAgo) || meeting.plannedDaysAgo < 1 || meeting.plannedDaysAgo > group.createdDaysAgo)
      fail(`${what}: planned outside the group's life`);
    if (meeting.plannedDaysAgo <= meeting.daysAgo) fail(`${what}: planned after it took place`);

    const startsOn = context.date(meeting.daysAgo);
    const startsAt = amsterdamToUtc(startsOn, meeting.time);
    const durationMinutes = meeting.durationMinutes ?? defaultDurationMinutes;
    const held = Date.parse(startsAt) <= nowMs;
    if (held !== meeting.daysAgo > 0) fail(`${what}: held and past do not agree (${startsAt})`);
    const createdAt = context.at(meeting.plannedDaysAgo, plannedMinute + index);

    // The method's order: the start meeting first and once, in the start meeting phase; the rest after it.
    const currentPhase = group.phaseMoves.at(-1)?.to ?? 1;
    if (meeting.kind === 'start') {
      if (index !== 0) fail(`${what}: the start meeting is the group's first and only one`);
      if (held && phaseOn(meeting.daysAgo) !== 4) fail(`${what}: held outside the start meeting phase`);
      if (!held && currentPhase >= 4) fail(`${what}: still ahead while the group is in phase ${currentPhase}`);
    } else {
      if (index === 0) fail(`${what}: the group meets for the first time at its start meeting`);
      if (phaseOn(meeting.daysAgo) < 4) fail(`${what}: before the start meeting phase`);
    }
    if (needsTheme(meeting.kind) !== (meeting.theme !== undefined)) fail(`${what}: a theme belongs to a theme meeting`);

    // Invited: everyone active at some time between planning and the meeting (or today, for one ahead),
    // when it was planned or, joining later, when they became active.
    const lastDay = Math.max(meeting.daysAgo, 0);
    const invitees = members.flatMap((member) => {
      let activeDay: number | null = null;
      for (let day = meeting.plannedDaysAgo; day >= lastDay; day -= 1) {
        if (activeOn(member, day)) {
          activeDay = day;
          break;
        }
      }
      if (activeDay === null) return [];
      const invitedAt =
        activeDay === meeting.plannedDaysAgo
          ? createdAt
          : (member.activatedAt ?? fail(`${what}: ${member.key} became active without a moment`));
      if (invitedAt >= startsAt) fail(`${what}: ${member.key} invited after the start`);
      return [{ member, invitedAt: latest(createdAt, invitedAt) }];
    });
    const inviteeKeys = new Set(invitees.map((invitee) => invitee.member.key));
    for (const key of Object.keys(meeting.answers ?? {}))
      if (!inviteeKeys.has(key)) fail(`${what}: ${key} answers but was not invited`);
    const answerOf = (key: string): ResponseAnswer | null => meeting.answers?.[key] ?? (held ? 'yes' : null);
    const notComing = invitees.filter((invitee) => answerOf(invitee.member.key) === 'no').map((invitee) => invitee.member.id);

    // The chair: the client, or an active member; at a meeting held, one who came.
    const chair = chairOf(meeting.chair, meeting.daysAgo);
    if (chair && held && answerOf(chair.key) !== 'yes') fail(`${what}: the chair ${chair.key} did not come`);

    // The minute-taker Regie suggests, so the task goes round. The demo keeps it in the informal network,
    // and with those who were in the group before the day itself (a member joining that morning is not
    // asked at once), unless there is nobody else. A story may name another, as a client may choose
    // someone else than the suggestion: the service's rules then apply, and the coordinator, who has
    // the meeting to guard, is not asked either.
    const prepared = meeting.prepared ?? true;
    let minuteTaker: MeetingMember | null = null;
    if (meeting.minuteTaker !== undefined) {
      if (!prepared) fail(`${what}: a minute-taker chosen before the meeting was prepared`);
      minuteTaker = memberByKey(meeting.minuteTaker, `${what}: minute-taker`);
      if (!activeOn(minuteTaker, meeting.daysAgo)) fail(`${what}: the minute-taker ${minuteTaker.key} is not active`);
      if (minuteTaker.id === chair?.id) fail(`${what}: the minute-taker ${minuteTaker.key} is the chair`);
      if (minuteTaker.role === 'coordinator') fail(`${what}: the minute-taker ${minuteTaker.key} is the coordinator`);
      if (notComing.includes(minuteTaker.id)) fail(`${what}: the minute-taker ${minuteTaker.key} is not coming`);
      if (held && answerOf(minuteTaker.key) !== 'yes') fail(`${what}: the minute-taker ${minuteTaker.key} did not come`);
    } else if (prepared) {
      const informal = members.filter((member) => member.kind === 'informal' && activeOn(member, meeting.daysAgo));
      const settled = informal.filter((member) => activeOn(member, meeting.daysAgo + 1));
      const candidates = (settled.length > 0 ? settled : informal).map(domainMember);
      const suggested = suggestMinuteTaker(candidates, { history, chairMemberId: chair?.id ?? null, notComing });
      minuteTaker = members.find((member) => member.id === suggested?.id) ?? fail(`${what}: nobody to take the minutes`);
      if (held && answerOf(minuteTaker.key) !== 'yes') fail(`${what}: the minute-taker ${minuteTaker.key} did not come`);
    } else if (held) {
      fail(`${what}: held without being prepared`);
    }
    history.unshift(minuteTaker?.id ?? null);

    const agenda = prepared ? agendaOf(meeting, what) : [];
    const body = meetingBodySchema.safeParse({
      kind: meeting.kind,
      theme: meeting.theme ?? null,
      date: startsOn,
      time: meeting.time,
      durationMinutes,
      locationKind: meeting.location,
      locationDetail: meeting.locationDetail ?? null,
      chairMemberId: chair?.id ?? null,
      minuteTakerMemberId: minuteTaker?.id ?? null,
      channel: meeting.channel ?? null,
      agenda: agenda.map((item) => (item.code === 'custom' ? { code: 'custom', title: item.title } : { code: item.code })),
    });
    if (!body.success) fail(`${what}: ${body.error.message}`);
    const placeProblem = locationProblem(meeting);
    if (placeProblem) fail(`${what}: ${placeProblem}`);
    if (prepared && (meeting.channel ?? '').trim() === '') fail(`${what}: prepared without a channel`);

    const agendaRows = agenda.map((item): ReplayedAgendaItem => {
      const written = meeting.minutes?.[minutesKey(item)];
      if (held && !written) fail(`${what}: no minutes for ${minutesKey(item)}`);
      return {
        id: newId(),
        code: item.code,
        title: item.code === 'custom' ? normaliseItemTitle(item.title) : null,
        notes: written?.notes ?? '',
        decisions: written?.decisions ?? '',
      };
    });
    if (!held && meeting.minutes) fail(`${what}: minutes before it was held`);
    for (const key of Object.keys(meeting.minutes ?? {}))
      if (!agenda.some((item) => minutesKey(item) === key)) fail(`${what}: minutes of ${key}, which is not on the agenda`);
    if (held) {
      const minutes = minutesBodySchema.safeParse({
        items: agendaRows.map(({ id, notes, decisions }) => ({ id, notes, decisions })),
        scores: [],
        agreements: [],
      });
      if (!minutes.success) fail(`${what}: ${minutes.error.message}`);
      if (agendaRows.some((item) => item.notes.trim() === '')) fail(`${what}: an item without notes`);
    }

    // Minutes are approved on the day unless the story keeps them a draft; a meeting ahead has none to approve.
    if (meeting.minutesApproved === false && !held) fail(`${what}: only the minutes of a meeting held wait for approval`);
    const minutesApproved = held && meeting.minutesApproved !== false;
    const end = Date.parse(startsAt) + durationMinutes * minuteMs;
    const approvedAt = minutesApproved ? context.at(meeting.daysAgo, approvedMinute) : null;
    if (approvedAt !== null && (Date.parse(approvedAt) <= end || Date.parse(approvedAt) >= nowMs))
      fail(`${what}: minutes approved before it ended, or after today`);
    const reminder = reminderAt(startsAt);
    const inviteeRows = invitees.map(({ member, invitedAt }): ReplayedInvitee => {
      const answer = answerOf(member.key);
      // A day to think it over at most, and halfway to the meeting (or to today) at the latest.
      const invitedMs = Date.parse(invitedAt);
      const answeredMs = Math.floor(Math.min(invitedMs + dayMs, (invitedMs + Math.min(Date.parse(startsAt), nowMs)) / 2));
      if (answer !== null && answeredMs <= invitedMs) fail(`${what}: ${member.key} had no time to answer`);
      return {
        memberId: member.id,
        invitedAt,
        answer,
        answeredAt: answer === null ? null : iso(answeredMs),
        // The reminder went two days before to whoever was invited by then and had not said no.
        remindedAt: held && invitedAt < reminder && answer !== 'no' ? reminder : null,
      };
    });

    let evaluation: ReplayedMeeting['evaluation'] = null;
    if (meeting.evaluation) {
      if (meeting.kind !== 'start' || !held) fail(`${what}: only a start meeting held is evaluated`);
      const tick = context.startEvaluatedTick ?? fail(`${what}: evaluated, but the group story does not tick start_evaluated`);
      const parsed = startEvaluationBodySchema.safeParse(meeting.evaluation);
      if (
        !parsed.success ||
        !isStartEvaluationComplete({
          how_did_it_go: meeting.evaluation.howDidItGo,
          what_to_keep: meeting.evaluation.whatToKeep,
          what_to_change: meeting.evaluation.whatToChange,
        })
      )
        fail(`${what}: an incomplete evaluation`);
      if (tick.at <= iso(end)) fail(`${what}: evaluated before it ended`);
      evaluation = { ...meeting.evaluation, recordedAt: tick.at, recordedByAccountId: tick.accountId };
    } else if (meeting.kind === 'start' && context.startEvaluatedTick) {
      fail(`${what}: start_evaluated is ticked, but the story has no evaluation`);
    }

    replayed.push({
      id: newId(),
      kind: meeting.kind,
      theme: meeting.theme ?? null,
      startsOn,
      startsTime: meeting.time,
      startsAt,
      durationMinutes,
      locationKind: meeting.location,
      locationDetail: meeting.locationDetail ?? null,
      chairMemberId: chair?.id ?? null,
      minuteTakerMemberId: minuteTaker?.id ?? null,
      channel: meeting.channel ?? null,
      held,
      minutesApproved,
      minutesApprovedAt: approvedAt,
      minutesApprovedByAccountId: minutesApproved ? context.clientAccount : null,
      createdAt,
      createdByAccountId: context.clientAccount,
      updatedAt: latest(createdAt, ...inviteeRows.map((invitee) => invitee.invitedAt)),
      agenda: agendaRows,
      invitees: inviteeRows,
      evaluation,
    });
  }
  return replayed;

  function chairOf(chair: StoryChair, daysAgo: number): MeetingMember | null {
    if (chair === 'client') return null;
    const member =
      chair === 'coordinator'
        ? (members.find((candidate) => candidate.role === 'coordinator' && activeOn(candidate, daysAgo)) ??
          fail(`no coordinator ${daysAgo} days ago`))
        : memberByKey(chair.member, 'chair');
    if (!activeOn(member, daysAgo)) fail(`the chair ${member.key} is not active ${daysAgo} days ago`);
    return member;
  }

  function agendaOf(meeting: StoryMeeting, what: string): AgendaItem[] {
    let items: AgendaItem[] = agendaTemplate(meeting.kind);
    for (const change of meeting.agenda ?? []) {
      let result;
      if ('remove' in change) {
        const index = items.findIndex((item) => item.code === change.remove);
        result = removeAgendaItem(items, index);
      } else {
        const item: AgendaItem =
          typeof change.add === 'string' ? { code: change.add } : { code: 'custom', title: change.add.title };
        result = addAgendaItem(items, item, change.at);
      }
      if (!result.ok) return fail(`${what}: agenda refused (${result.reason})`);
      items = result.items;
    }
    return items;
  }
}

function domainMember(member: MeetingMember): Member {
  return { id: member.id, kind: member.kind, role: member.role, status: 'active' };
}

// The service's rules for a place: a description for elsewhere, an http(s) link for video, nothing otherwise.
function locationProblem(meeting: StoryMeeting): string | null {
  const detail = meeting.locationDetail ?? '';
  if (locationNeedsDetail(meeting.location) !== (detail.trim() !== ''))
    return 'a place or link belongs with elsewhere and video only';
  if (meeting.location === 'video' && !URL.canParse(detail)) return 'a video meeting needs a link';
  if (meeting.location === 'video' && !/^https?:$/.test(new URL(detail).protocol)) return 'a video link is http(s)';
  return null;
}
