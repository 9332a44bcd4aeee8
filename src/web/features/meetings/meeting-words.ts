import type { TFunction } from 'i18next';
import {
  meetingKinds,
  type AgendaItemCode,
  type LocationKind,
  type MeetingKind,
  type ResponseAnswer,
} from '../../../domain/meetings.js';
import { isMemberKind, isProfessionalRole } from '../../../domain/membership.js';
import type { MeetingAttention, MeetingMember, MeetingSummary, Rhythm } from '../../../shared/meetings.js';

// Meetings in words, said the same way on every page that shows them (the planning pages, the
// minutes, the group's page and the home page): kinds, places, replies, agenda items, members, the
// group's rhythm, and days as the Netherlands has them.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day (YYYY-MM-DD): "12 maart 2026". Read as UTC so that no time zone moves the day. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A meeting's day with its weekday, as an invitation says it: "donderdag 12 maart 2026". */
export function formatMeetingDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The day of a moment (ISO) as it was in the Netherlands: "14 maart 2026". */
export function formatMomentDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** "Vervolgbijeenkomst". */
export const kindName = (t: TFunction, kind: MeetingKind): string => t(`meetings.kinds.${kind}`);

/** "Themabijeenkomst: Omgaan met stress", or just the kind when it has no theme. */
export function meetingWhat(t: TFunction, meeting: { kind: MeetingKind; theme?: string | null }): string {
  const kind = kindName(t, meeting.kind);
  return meeting.kind === 'theme' && meeting.theme != null && meeting.theme.trim() !== ''
    ? t('meetings.kindWithTheme', { kind, theme: meeting.theme })
    : kind;
}

/** A meeting by what and when: "Vervolgbijeenkomst op donderdag 12 maart 2026". */
export function meetingTitle(
  t: TFunction,
  meeting: { kind: MeetingKind; theme?: string | null; date: string },
  language: string,
): string {
  return t('meetings.whatOnDay', { what: meetingWhat(t, meeting), day: formatMeetingDay(meeting.date, language) });
}

/**
 * Where it is, without an address: the client's home and the team's office are known to the group.
 * "Bij u thuis" for the client reading about their own home.
 */
export function placeName(t: TFunction, kind: LocationKind, clientName: string, own: boolean): string {
  return own && kind === 'client_home' ? t('meetings.ownHome') : t(`meetings.locations.${kind}`, { name: clientName });
}

/** An invitee's reply as others read it: "Komt", "Nog geen antwoord". */
export const replyName = (t: TFunction, answer: ResponseAnswer | null): string => t(`meetings.answers.${answer ?? 'none'}`);

/** The reader's own reply: "Uw antwoord: u komt.", or that there is none yet. */
export const myAnswerText = (t: TFunction, answer: ResponseAnswer | null): string =>
  t(`meetings.myAnswerLine.${answer ?? 'none'}`);

/** An agenda item's title: the client's own words, or the method's name of a standard item. */
export function agendaTitle(t: TFunction, item: { code: AgendaItemCode | 'custom'; title?: string | null }): string {
  return item.code === 'custom' ? (item.title ?? '') : t(`meetings.agendaItems.${item.code}`);
}

/** "Mirjam de Boer (naaste)": a member to choose as chair, minute-taker or who does an agreement. */
export function memberName(t: TFunction, member: Pick<MeetingMember, 'name' | 'kind' | 'role'>): string {
  const what =
    member.role !== null && isProfessionalRole(member.role)
      ? t(`meetings.memberRoles.${member.role}`)
      : isMemberKind(member.kind)
        ? t(`meetings.memberKinds.${member.kind}`)
        : null;
  return what === null ? member.name : t('meetings.memberWithKind', { name: member.name, kind: what });
}

/** The client among the people of a meeting: "U zelf" for the client reading about themselves. */
export const clientSelf = (t: TFunction, clientName: string, own: boolean): string =>
  own ? t('meetings.clientSelf.own') : t('meetings.clientSelf.other', { name: clientName });

/** Who chairs, or does an agreement: the client (see clientSelf), else the member's name. */
export function personName(
  t: TFunction,
  person: { kind: 'client' } | { kind: 'member'; name: string },
  clientName: string,
  own: boolean,
): string {
  return person.kind === 'member' ? person.name : clientSelf(t, clientName, own);
}

/** The clock time `minutes` after `time` (HH:MM), round the clock: when the meeting ends. */
export function endTime(time: string, minutes: number): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const total = (Number(match[1]) * 60 + Number(match[2]) + minutes) % (24 * 60);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** "donderdag 12 maart 2026, van 14:30 tot 15:30 (60 minuten)". */
export function whenText(
  t: TFunction,
  meeting: { date: string; time: string; durationMinutes: number },
  language: string,
): string {
  return t('meetings.details.whenValue', {
    day: formatMeetingDay(meeting.date, language),
    start: meeting.time,
    end: endTime(meeting.time, meeting.durationMinutes),
    minutes: meeting.durationMinutes,
  });
}

/** A term and its value, for a list of details. */
export interface MeetingDetail {
  term: string;
  value: string;
}

/**
 * What a meeting is, when, who chairs it and who takes the minutes: the details its page and its
 * minutes both show.
 */
export function meetingDetails(
  t: TFunction,
  meeting: {
    kind: MeetingKind;
    theme: string | null;
    date: string;
    time: string;
    durationMinutes: number;
    client: { name: string };
    chair: { kind: 'client' } | { kind: 'member'; name: string };
    minuteTaker: { name: string } | null;
  },
  own: boolean,
  language: string,
): Record<'what' | 'when' | 'chair' | 'minuteTaker', MeetingDetail> {
  return {
    what: { term: t('meetings.details.what'), value: meetingWhat(t, meeting) },
    when: { term: t('meetings.details.when'), value: whenText(t, meeting, language) },
    chair: { term: t('meetings.details.chair'), value: personName(t, meeting.chair, meeting.client.name, own) },
    minuteTaker: { term: t('meetings.details.minuteTaker'), value: meeting.minuteTaker?.name ?? t('meetings.details.nobody') },
  };
}

/**
 * A link to open, only when it is a web address: the detail is free text the planner typed, and a
 * `javascript:` or other scheme must never become a link.
 */
export function webLink(text: string | null): string | null {
  if (text === null) return null;
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

/** The group's rhythm as a label in words ("Te laat") and the sentence that goes with it. */
export interface RhythmWords {
  state: Rhythm['state'];
  label: string;
  sentence: string;
}

/**
 * The rhythm in one sentence: the next meeting, or by when one is due and whether that has passed.
 * The sentence says what is so, not what to do: many who read it (relatives, the team) do not plan.
 */
export function rhythmWords(t: TFunction, rhythm: Pick<Rhythm, 'state' | 'dueDate' | 'next'>, language: string): RhythmWords {
  const { next, dueDate } = rhythm;
  if (next !== null) {
    return {
      state: 'planned',
      label: t('meetings.rhythm.labels.planned'),
      sentence: t('meetings.rhythm.planned', { day: formatMeetingDay(next.date, language), time: next.time }),
    };
  }
  // Without a date to be due by, nothing is late or soon: the group has not met yet.
  if (dueDate === null)
    return { state: 'none_yet', label: t('meetings.rhythm.labels.none_yet'), sentence: t('meetings.rhythm.none_yet') };
  const state = rhythm.state === 'due_soon' || rhythm.state === 'overdue' ? rhythm.state : 'not_due';
  return {
    state,
    label: t(`meetings.rhythm.labels.${state}`),
    sentence: t(`meetings.rhythm.${state}`, { date: formatDay(dueDate, language) }),
  };
}

/** The facts under it: when the group last met, and how often it meets. */
export function rhythmFacts(t: TFunction, rhythm: Rhythm, language: string): string[] {
  return [
    ...(rhythm.lastHeld === null ? [] : [t('meetings.rhythm.lastHeld', { date: formatDay(rhythm.lastHeld, language) })]),
    t('meetings.rhythm.every', { count: rhythm.intervalMonths }),
  ];
}

type Listed = Pick<MeetingSummary, 'date' | 'time' | 'held' | 'status'>;

const moment = (meeting: Pick<Listed, 'date' | 'time'>) => `${meeting.date}T${meeting.time}`;

/**
 * The list split as people look at it: what is still to come (the soonest first, cancelled ones in
 * their place so that nobody wonders where a meeting went), and what is past (the latest first).
 */
export function splitMeetings<M extends Listed>(meetings: readonly M[], today: string): { upcoming: M[]; past: M[] } {
  const isUpcoming = (meeting: M) => !meeting.held && meeting.date >= today;
  return {
    upcoming: meetings.filter(isUpcoming).sort((a, b) => moment(a).localeCompare(moment(b))),
    past: meetings.filter((meeting) => !isUpcoming(meeting)).sort((a, b) => moment(b).localeCompare(moment(a))),
  };
}

type AttentionGroup = MeetingAttention['groups'][number];

/** For the coordinator's list: late first (the longest late first), then the soonest due. */
export function sortAttention(groups: readonly AttentionGroup[]): AttentionGroup[] {
  const rank = (group: AttentionGroup) => (group.state === 'overdue' ? 0 : 1);
  return [...groups].sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate));
}

/**
 * The kinds a new meeting may be: a group has one start meeting, so it is offered only while there
 * is none that was not cancelled (the server refuses a second one all the same).
 */
export function offeredKinds(meetings: readonly Pick<MeetingSummary, 'kind' | 'status'>[]): MeetingKind[] {
  const hasStart = meetings.some((meeting) => meeting.kind === 'start' && meeting.status !== 'cancelled');
  return meetingKinds.filter((kind) => kind !== 'start' || !hasStart);
}
