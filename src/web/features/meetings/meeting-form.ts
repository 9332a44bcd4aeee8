import type { FieldErrors, Resolver } from 'react-hook-form';
import { amsterdamToUtc, isIsoDate } from '../../../domain/amsterdam-time.js';
import {
  agendaLimits,
  durationMinutesRange,
  locationNeedsDetail,
  needsTheme,
  normaliseItemTitle,
  type AgendaItemCode,
  type LocationKind,
  type MeetingKind,
} from '../../../domain/meetings.js';
import {
  meetingBodySchema,
  type AgendaItemBody,
  type Meeting,
  type MeetingBody,
  type MeetingDraft,
} from '../../../shared/meetings.js';
import { ApiError, isApiError } from '../../app/http.js';
import { webLink } from './meeting-words.js';

// The planning form: what it holds, how it opens (from Regie's proposal, or from the meeting as it
// is), and how it becomes the body the API takes (src/shared/meetings.ts). It checks beforehand what
// the server's rules check too (src/server/features/meetings/meeting-rules.ts), so that most mistakes
// are told at once; the server still decides.

/** "The client chairs": a choice needs a value, the API wants null. */
export const clientChair = 'client';
/** "Nobody takes the minutes yet", in the list of members. */
export const noMinuteTaker = 'none';

/** An agenda item in the form: a key of its own for the page, and its id when it is already saved. */
export type AgendaEntry = ({ code: AgendaItemCode } | { code: 'custom'; title: string }) & { key: string; id?: string };

export interface MeetingValues {
  date: string;
  /** As typed: 14:30, or 14.30 and 9:30, which are read as 14:30 and 09:30. */
  time: string;
  durationMinutes: string;
  /** '' until one is chosen: the client decides where, Regie does not choose for them. */
  locationKind: LocationKind | '';
  /** Kept apart, so that switching between the two does not put an address in the link field. */
  place: string;
  videoLink: string;
  /** A member's id, or `clientChair`. */
  chair: string;
  /** A member's id; null while nobody is chosen. */
  minuteTaker: string | null;
  channel: string;
  theme: string;
  agenda: AgendaEntry[];
  /** The agenda editor's own fields: what is about to be added. Never sent. */
  newItemCode: string | null;
  newItemTitle: string;
}

/** The fields a mistake can be told at, in the order of the form. */
export const meetingFields = [
  'date',
  'time',
  'durationMinutes',
  'theme',
  'locationKind',
  'place',
  'videoLink',
  'chair',
  'minuteTaker',
  'channel',
  'agenda',
] as const satisfies readonly (keyof MeetingValues)[];
export type MeetingField = (typeof meetingFields)[number];

let lastKey = 0;
/** A key for an item not saved yet, unique on the page. */
export function newEntryKey(): string {
  lastKey += 1;
  return `new-${lastKey}`;
}

const entryOf = (item: { id?: string; code: AgendaItemCode | 'custom'; title?: string | null }): AgendaEntry => {
  const saved = item.id === undefined ? { key: newEntryKey() } : { key: item.id, id: item.id };
  return item.code === 'custom' ? { ...saved, code: 'custom', title: item.title ?? '' } : { ...saved, code: item.code };
};

/** A new meeting as Regie proposes it: the template agenda, chair, minute-taker, last channel. */
export function valuesFromDraft(draft: MeetingDraft): MeetingValues {
  const members = new Set(draft.members.map((member) => member.id));
  return {
    date: '',
    time: '',
    durationMinutes: String(draft.durationMinutes),
    locationKind: '',
    place: '',
    videoLink: '',
    chair: draft.chairMemberId !== null && members.has(draft.chairMemberId) ? draft.chairMemberId : clientChair,
    minuteTaker: draft.minuteTakerMemberId !== null && members.has(draft.minuteTakerMemberId) ? draft.minuteTakerMemberId : null,
    channel: draft.channel ?? '',
    theme: '',
    agenda: draft.agenda.map(entryOf),
    newItemCode: null,
    newItemTitle: '',
  };
}

/** The meeting as it is, to change. */
export function valuesFromMeeting(meeting: Meeting): MeetingValues {
  const detail = meeting.locationDetail ?? '';
  return {
    date: meeting.date,
    time: meeting.time,
    durationMinutes: String(meeting.durationMinutes),
    locationKind: meeting.locationKind,
    place: meeting.locationKind === 'elsewhere' ? detail : '',
    videoLink: meeting.locationKind === 'video' ? detail : '',
    chair: meeting.chair.kind === 'member' ? meeting.chair.memberId : clientChair,
    minuteTaker: meeting.minuteTaker?.memberId ?? null,
    channel: meeting.channel ?? '',
    theme: meeting.theme ?? '',
    agenda: meeting.agenda.map(entryOf),
    newItemCode: null,
    newItemTitle: '',
  };
}

/** A time as typed, as HH:MM; null when it is not a time of day. */
export function normaliseTime(typed: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The agenda as the API takes it: standard items by code, the client's own with their title tidied. */
export function agendaBody(agenda: readonly AgendaEntry[]): AgendaItemBody[] {
  return agenda.map((entry) => {
    const id = entry.id === undefined ? {} : { id: entry.id };
    return entry.code === 'custom'
      ? { ...id, code: 'custom', title: normaliseItemTitle(entry.title) }
      : { ...id, code: entry.code };
  });
}

export type MeetingCheck = { ok: true; body: MeetingBody } | { ok: false; errors: Partial<Record<MeetingField, string>> };

/** Where the API's field is shown in the form (the location's detail is one of two fields). */
export function formFieldOf(apiField: string, locationKind: LocationKind | ''): string {
  if (apiField === 'locationDetail') return locationKind === 'video' ? 'videoLink' : 'place';
  if (apiField === 'chairMemberId') return 'chair';
  if (apiField === 'minuteTakerMemberId') return 'minuteTaker';
  if (apiField === 'agenda' || apiField.startsWith('agenda.')) return 'agenda';
  return apiField;
}

// The server's codes of its own rules (meeting-rules.ts) as the codes the form's messages know.
const serverCodes: Readonly<Record<string, string>> = {
  theme_required: 'too_small',
  location_detail_required: 'too_small',
  video_link_invalid: 'not_a_link',
  minute_taker_is_chair: 'same_as_chair',
  date_invalid: 'generic',
  agenda_item_unknown: 'generic',
  agenda_item_twice: 'generic',
  agenda_invalid: 'generic',
  // The shared messages read `invalid_format` as a bad email address; here it is a stray character.
  invalid_format: 'generic',
  custom: 'generic',
};

/** A code from the schema or the server as the form tells it. */
export const formCode = (code: string): string => serverCodes[code] ?? code;

/**
 * Checks the form as the server will, and makes the body: every field's first mistake, or the body
 * to send. `now` decides what is in the past.
 */
export function checkMeeting(values: MeetingValues, kind: MeetingKind, now: Date): MeetingCheck {
  const errors: Partial<Record<MeetingField, string>> = {};
  const refuse = (field: MeetingField, code: string) => {
    errors[field] ??= code;
  };

  const date = values.date.trim();
  if (date === '') refuse('date', 'required');
  else if (!isIsoDate(date)) refuse('date', 'generic');
  const time = normaliseTime(values.time);
  if (values.time.trim() === '') refuse('time', 'required');
  else if (time === null) refuse('time', 'not_a_time');
  if (errors.date === undefined && time !== null && Date.parse(amsterdamToUtc(date, time)) <= now.getTime())
    refuse('date', 'in_past');

  const duration = values.durationMinutes.trim();
  const minutes = Number(duration);
  if (duration === '') refuse('durationMinutes', 'required');
  else if (!/^\d+$/.test(duration) || minutes < durationMinutesRange.min || minutes > durationMinutesRange.max)
    refuse('durationMinutes', 'duration_range');

  const theme = values.theme.trim();
  if (needsTheme(kind) && theme === '') refuse('theme', 'too_small');

  const { locationKind } = values;
  if (locationKind === '') refuse('locationKind', 'required');
  let detail: string | null = null;
  if (locationKind === 'elsewhere') {
    detail = values.place.trim();
    if (detail === '') refuse('place', 'too_small');
  } else if (locationKind === 'video') {
    detail = values.videoLink.trim();
    if (detail === '') refuse('videoLink', 'too_small');
    else if (webLink(detail) === null) refuse('videoLink', 'not_a_link');
  }

  const chairMemberId = values.chair === clientChair || values.chair === '' ? null : values.chair;
  const minuteTakerMemberId = values.minuteTaker === noMinuteTaker ? null : values.minuteTaker;
  if (minuteTakerMemberId !== null && minuteTakerMemberId === chairMemberId) refuse('minuteTaker', 'same_as_chair');
  if (values.agenda.length > agendaLimits.maxItems) refuse('agenda', 'too_big');

  const body = {
    kind,
    theme: needsTheme(kind) ? theme : null,
    date,
    time: time ?? values.time,
    durationMinutes: minutes,
    locationKind,
    locationDetail: locationKind !== '' && locationNeedsDetail(locationKind) ? detail : null,
    chairMemberId,
    minuteTakerMemberId,
    channel: values.channel.trim() === '' ? null : values.channel,
    agenda: agendaBody(values.agenda),
  };
  // The shared schema has the last word on what it checks too (lengths, characters).
  const parsed = meetingBodySchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(String(issue.path[0] ?? ''), locationKind);
      if ((meetingFields as readonly string[]).includes(field)) refuse(field as MeetingField, formCode(issue.code));
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** The form's check as react-hook-form's resolver, for a meeting of `kind`. */
export function meetingResolver(kind: MeetingKind): Resolver<MeetingValues, unknown, MeetingBody> {
  return async (values) => {
    const checked = checkMeeting(values, kind, new Date());
    if (checked.ok) return { values: checked.body, errors: {} };
    const errors = Object.fromEntries(
      Object.entries(checked.errors).map(([field, code]) => [field, { type: code, message: code }]),
    ) as FieldErrors<MeetingValues>;
    return { values: {}, errors };
  };
}

/**
 * A failed save with the server's fields and codes as the form names them, so that each mistake is
 * told at its field; null when none of them is a field of the form (a refusal about the whole).
 */
export function withFormFields(error: unknown, locationKind: LocationKind | ''): ApiError | null {
  if (!isApiError(error)) return null;
  const errors = (error.problem.errors ?? [])
    .map((item) => ({ ...item, field: formFieldOf(item.field, locationKind), code: formCode(item.code) }))
    .filter((item) => (meetingFields as readonly string[]).includes(item.field));
  if (errors.length === 0) return null;
  return new ApiError({ ...error.problem, errors });
}
