import type { Member } from './membership.js';
import type { MeetingKind } from './phases.js';

/**
 * Meetings of the resource group (PRODUCT.md §6): the one start meeting, follow-ups about every
 * three months, and theme meetings besides. The client directs them: where, who chairs, what is on
 * the agenda. These are the method's rules for them; the words are the web app's and the client's.
 */

export type { MeetingKind };

/** The kinds of meeting, in the order a group meets them. The type is the one the phase checklists use. */
export const meetingKinds = ['start', 'follow_up', 'theme'] as const satisfies readonly MeetingKind[];

/** True when `value` names a meeting kind (stored text is checked before it is trusted). */
export function isMeetingKind(value: string): value is MeetingKind {
  return (meetingKinds as readonly string[]).includes(value);
}

/**
 * True when a meeting of `kind` keeps the group's rhythm. Theme meetings come on top of the regular
 * ones (the practice book calls them extra), so one held in between does not put off the next
 * follow-up, and a planned one does not stand in for it.
 */
export function countsForRhythm(kind: MeetingKind): boolean {
  return kind !== 'theme';
}

/** A theme meeting is about one theme, so it has one; the other kinds follow their template. */
export function needsTheme(kind: MeetingKind): boolean {
  return kind === 'theme';
}

/** Themes the sources name, offered as suggestions; the client may write any theme of their own. */
export const suggestedThemes = ['stress_management', 'relapse_prevention'] as const;

/**
 * Where the client holds the meeting. `elsewhere` needs a description of the place and `video` a
 * link. The client's home and the team's office are known to the members, so Regie keeps no address
 * for them (and puts none of the client's in a mail).
 */
export const locationKinds = ['client_home', 'team_office', 'elsewhere', 'video'] as const;
export type LocationKind = (typeof locationKinds)[number];

/** True when `value` names a kind of location. */
export function isLocationKind(value: string): value is LocationKind {
  return (locationKinds as readonly string[]).includes(value);
}

/** True when a location of `kind` needs a detail written out: the place, or the video link. */
export function locationNeedsDetail(kind: LocationKind): boolean {
  return kind === 'elsewhere' || kind === 'video';
}

/** Meetings last about an hour, by the method. */
export const defaultDurationMinutes = 60;

/**
 * A meeting lasts at least a quarter of an hour and at most four hours (a theme meeting that teaches
 * a skill may take an afternoon); anything outside that is a typing mistake.
 */
export const durationMinutesRange = { min: 15, max: 240 } as const;

/** True when `minutes` is a duration a meeting may have: whole minutes within the range. */
export function isValidDuration(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= durationMinutesRange.min && minutes <= durationMinutesRange.max;
}

/** A member's reply to an invitation. `maybe` is a reply too: it tells the client someone is unsure. */
export const responseAnswers = ['yes', 'no', 'maybe'] as const;
export type ResponseAnswer = (typeof responseAnswers)[number];

/** True when `value` names a reply. */
export function isResponseAnswer(value: string): value is ResponseAnswer {
  return (responseAnswers as readonly string[]).includes(value);
}

/** The replies counted for client and coordinator; `none` are the invited who have not replied. */
export function countResponses(answers: readonly (ResponseAnswer | null)[]): Record<ResponseAnswer | 'none', number> {
  const counts = { yes: 0, no: 0, maybe: 0, none: 0 };
  for (const answer of answers) counts[answer ?? 'none'] += 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Agenda

/**
 * The standard agenda items, as codes the web app words. Each template below is drawn from these;
 * the client may add any of them to any meeting, besides items of their own.
 * - The start meeting (phase 4): everyone introduced, how the group works, confidentiality and
 *   roles, the goals and signalling plan, working agreements; seed 003 advises making the channel
 *   between meetings an item, so that nobody shares private matters in a group chat by default.
 * - A follow-up (phase 5): progress per goal (with the latest scores), the support members give,
 *   early signs (the signalling plan), agreements, and whether the group's composition still fits.
 * - `evaluation_results` (an R-MET round is held before a meeting to be talked about there) and
 *   `reorientation` (phase 6: form, frequency, scaling down, handover) are there to add.
 */
export const agendaItemCodes = [
  'opening',
  'introductions',
  'working_method',
  'confidentiality',
  'roles',
  'goals_and_signal_plan',
  'goal_progress',
  'support',
  'early_signs',
  'theme',
  'evaluation_results',
  'agreements',
  'group_composition',
  'reorientation',
  'communication_channel',
  'next_meeting',
  'closing_round',
] as const;
export type AgendaItemCode = (typeof agendaItemCodes)[number];

/** True when `value` names a standard agenda item. */
export function isAgendaItemCode(value: string): value is AgendaItemCode {
  return (agendaItemCodes as readonly string[]).includes(value);
}

/** One agenda item: a standard one by its code, or one of the client's own with its title. */
export type AgendaItem = { code: AgendaItemCode } | { code: 'custom'; title: string };

const templates: Readonly<Record<MeetingKind, readonly AgendaItemCode[]>> = {
  start: [
    'introductions',
    'working_method',
    'confidentiality',
    'roles',
    'goals_and_signal_plan',
    'agreements',
    'communication_channel',
    'next_meeting',
  ],
  // Progress comes first: the method asks to dwell on what went well and on goals reached.
  follow_up: ['goal_progress', 'support', 'early_signs', 'agreements', 'group_composition', 'next_meeting'],
  // The theme takes the hour; a short opening says why it was chosen, and before the round at the
  // end the group agrees what it takes into its work.
  theme: ['opening', 'theme', 'agreements', 'closing_round'],
};

/** The agenda a meeting of `kind` starts from: a new array the client then changes as they like. */
export function agendaTemplate(kind: MeetingKind): AgendaItem[] {
  return templates[kind].map((code) => ({ code }));
}

/**
 * The parts of the group's plan an item brings onto the agenda and into the minutes, so that the
 * meeting talks about what is written down: the goals with their latest scores (and scores entered
 * at the meeting feed their trends), the signalling plan, the open agreements.
 */
export const agendaItemPlanParts: Readonly<
  Partial<Record<AgendaItemCode, 'goals' | 'goal_scores' | 'signal_plan' | 'agreements'>>
> = {
  goals_and_signal_plan: 'goals',
  goal_progress: 'goal_scores',
  early_signs: 'signal_plan',
  agreements: 'agreements',
};

/**
 * An agenda holds at most 12 items (a one-hour meeting cannot do more justice), and an item of the
 * client's own has a title of 1 to 120 characters.
 */
export const agendaLimits = { maxItems: 12, titleMaxLength: 120 } as const;

/** Why an agenda change was refused. */
export type AgendaRefusal = 'too_many_items' | 'already_on_agenda' | 'title_empty' | 'title_too_long' | 'no_such_item';

/** The changed agenda, or why the change was refused. */
export type AgendaChange<T> = { ok: true; items: T[] } | { ok: false; reason: AgendaRefusal };

/** A title as it is kept: trimmed, with runs of white space made one space. */
export function normaliseItemTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ');
}

/**
 * `items` with `item` added at `at` (the end when left out or out of range). A standard item is on an
 * agenda once, so that its notes are in one place; the client's own items may repeat a title. The
 * type parameter lets callers carry their own fields (an id) through. A custom title is checked as
 * normalised; store it normalised too.
 */
export function addAgendaItem<T extends AgendaItem>(items: readonly T[], item: T, at: number = items.length): AgendaChange<T> {
  if (items.length >= agendaLimits.maxItems) return { ok: false, reason: 'too_many_items' };
  if (item.code === 'custom') {
    const title = normaliseItemTitle(item.title);
    if (title === '') return { ok: false, reason: 'title_empty' };
    if (title.length > agendaLimits.titleMaxLength) return { ok: false, reason: 'title_too_long' };
  } else if (items.some((present) => present.code === item.code)) {
    return { ok: false, reason: 'already_on_agenda' };
  }
  const index = Number.isInteger(at) && at >= 0 && at <= items.length ? at : items.length;
  return { ok: true, items: [...items.slice(0, index), item, ...items.slice(index)] };
}

/** `items` without the item at `index`. Any item may go, even all: the agenda is the client's. */
export function removeAgendaItem<T>(items: readonly T[], index: number): AgendaChange<T> {
  if (!isIndexOf(items, index)) return { ok: false, reason: 'no_such_item' };
  return { ok: true, items: items.filter((_, i) => i !== index) };
}

/** `items` with the item at `from` moved to position `to` (both positions in the current agenda). */
export function moveAgendaItem<T>(items: readonly T[], from: number, to: number): AgendaChange<T> {
  if (!isIndexOf(items, from) || !isIndexOf(items, to)) return { ok: false, reason: 'no_such_item' };
  const rest = items.filter((_, i) => i !== from);
  return { ok: true, items: [...rest.slice(0, to), items[from] as T, ...rest.slice(to)] };
}

const isIndexOf = (items: readonly unknown[], index: number): boolean =>
  Number.isInteger(index) && index >= 0 && index < items.length;

// ---------------------------------------------------------------------------------------------------
// Chair and minute-taker

/** Who chairs: the client, or a member they chose. */
export type Chair = { kind: 'client' } | { kind: 'member'; memberId: string };

/**
 * The chair Regie proposes; the client decides. The client's last choice stands while that person is
 * still an active member. Without one (the start meeting), the coordinator: seed 003 notes that many
 * clients like their coordinator to chair, above all the first time. Otherwise the client, the
 * director of their group. Regie does not press the client to take over: that is for the client and
 * coordinator to talk about.
 */
export function suggestChair(members: readonly Member[], previousChair: Chair | null): Chair {
  const active = members.filter((member) => member.status === 'active');
  if (previousChair?.kind === 'client') return previousChair;
  if (previousChair?.kind === 'member' && active.some((member) => member.id === previousChair.memberId)) return previousChair;
  if (previousChair === null) {
    const coordinator = active.find((member) => member.role === 'coordinator');
    if (coordinator) return { kind: 'member', memberId: coordinator.id };
  }
  return { kind: 'client' };
}

// Among members who took minutes equally long ago, the informal network first: it is the part of the
// group that stays when professionals come and go, and a task of its own gives it a place as an equal
// (seed 004). The client is no membership, so never among the candidates.
const kindOrder: Readonly<Record<Member['kind'], number>> = { informal: 0, peer: 1, formal: 2 };

/**
 * The minute-taker Regie proposes, or null when nobody fits. The method advises someone other than
 * the client and the coordinator (they have the meeting to direct and to guard), and the chair cannot
 * write while chairing. Of the active members left, and leaving out who said they will not come:
 * whoever took minutes longest ago, or never, so the task goes round; then informal before peer
 * before formal; then the order given (pass members in the order they joined).
 * `history` holds the minute-takers of earlier meetings, most recent first (null where nobody took
 * them, or it was the client).
 */
export function suggestMinuteTaker(
  members: readonly Member[],
  options: { history: readonly (string | null)[]; chairMemberId?: string | null; notComing?: readonly string[] },
): Member | null {
  const { history, chairMemberId = null, notComing = [] } = options;
  const candidates = members.filter(
    (member) =>
      member.status === 'active' &&
      member.role !== 'coordinator' &&
      member.id !== chairMemberId &&
      !notComing.includes(member.id),
  );
  const meetingsSince = (member: Member): number => {
    const index = history.indexOf(member.id);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const ranked = candidates
    .map((member, order) => ({ member, order, since: meetingsSince(member) }))
    .sort((a, b) => b.since - a.since || kindOrder[a.member.kind] - kindOrder[b.member.kind] || a.order - b.order);
  return ranked[0]?.member ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Minutes

/**
 * What someone is to a meeting's minutes. `shared_with` is anyone the client shares meetings with
 * (by default every member; see sharing.ts); `none` is anyone else, including a member the client
 * does not share meetings with.
 */
export const minutesRoles = ['client', 'chair', 'minute_taker', 'coordinator', 'shared_with', 'none'] as const;
export type MinutesRole = (typeof minutesRoles)[number];

/** The role that counts for a person who is several things at once (a coordinator who chairs). */
export function minutesRoleOf(person: {
  isClient: boolean;
  isChair: boolean;
  isMinuteTaker: boolean;
  isCoordinator: boolean;
  meetingsShared: boolean;
}): MinutesRole {
  if (person.isClient) return 'client';
  if (person.isChair) return 'chair';
  if (person.isMinuteTaker) return 'minute_taker';
  if (person.isCoordinator) return 'coordinator';
  return person.meetingsShared ? 'shared_with' : 'none';
}

const draftRoles: readonly MinutesRole[] = ['client', 'chair', 'minute_taker', 'coordinator'];

/**
 * Whether someone may read minutes. Until the client approves them, only those who make them see the
 * draft: the client, the chair, the minute-taker and the coordinator, so that nothing the client has
 * not agreed to goes round the group. After approval, everyone the client shares meetings with.
 */
export function mayReadMinutes(minutes: { approved: boolean; role: MinutesRole }): boolean {
  if (minutes.role === 'none') return false;
  return minutes.approved || draftRoles.includes(minutes.role);
}

/**
 * Whether someone may write in minutes: those who see the draft, while it is one. Approved minutes
 * are what the group was told; a correction goes back to draft, and so past the client again.
 */
export function mayWriteMinutes(minutes: { approved: boolean; role: MinutesRole }): boolean {
  return !minutes.approved && draftRoles.includes(minutes.role);
}

// ---------------------------------------------------------------------------------------------------
// Evaluation after the start meeting

/**
 * The short evaluation client and coordinator hold together after the start meeting (phase 4): how
 * it went, what to keep, what to change for the next meeting. It is their conversation, recorded once.
 */
export const startEvaluationQuestions = ['how_did_it_go', 'what_to_keep', 'what_to_change'] as const;
export type StartEvaluationQuestion = (typeof startEvaluationQuestions)[number];

/** An answer is free text of at most this many characters. */
export const startEvaluationAnswerMaxLength = 2000;

/**
 * True when every question has an answer that is not blank ("nothing" to change is an answer): the
 * phase 4 item `start_evaluated` may then be ticked.
 */
export function isStartEvaluationComplete(answers: Readonly<Partial<Record<StartEvaluationQuestion, string>>>): boolean {
  return startEvaluationQuestions.every((question) => (answers[question] ?? '').trim() !== '');
}
