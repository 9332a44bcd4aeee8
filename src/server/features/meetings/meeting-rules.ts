import { amsterdamToUtc } from '../../../domain/amsterdam-time.js';
import {
  addAgendaItem,
  locationNeedsDetail,
  needsTheme,
  normaliseItemTitle,
  type AgendaItem,
  type AgendaRefusal,
} from '../../../domain/meetings.js';
import type { MeetingBody } from '../../../shared/meetings.js';
import { AppError, ConflictError } from '../../platform/http/errors.js';
import type { AgendaItemValues, MeetingMemberRow, MeetingRow, MeetingValues } from './meetings.repository.js';

// A meeting as its planner sends it, checked against the method's rules and the group as it is now.
// The body's shape is the schema's (400); what only the group can tell is refused here with 422,
// naming the field, so that the form shows it next to the field.

/** A body of the right shape that the method's rules or the group refuse. */
export class MeetingRuleError extends AppError {
  constructor(code: string, field: string, message: string, fieldMessage: string) {
    super(422, code, message, [{ field, code, message: fieldMessage }]);
  }
}

const agendaMessages: Record<AgendaRefusal, string> = {
  too_many_items: 'is one item too many: an agenda holds at most 12',
  already_on_agenda: 'is on the agenda already',
  title_empty: 'needs a title',
  title_too_long: 'has a title that is too long',
  no_such_item: 'is not on the agenda',
};

/** What the rules check a body against. */
export interface MeetingRuleContext {
  /** Every membership of the group; chair and minute-taker must be active ones. */
  members: readonly MeetingMemberRow[];
  /** For a change: the ids of the meeting's own agenda items, which the body may keep. */
  agendaIds: ReadonlySet<string>;
  now: Date;
}

/** A checked meeting: the values to store and its agenda in order. */
export interface CheckedMeeting {
  values: MeetingValues;
  agenda: AgendaItemValues[];
}

const blankToNull = (text: string | null | undefined): string | null => (text == null || text === '' ? null : text);

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function checkMember(context: MeetingRuleContext, field: string, memberId: string | null): void {
  if (memberId === null) return;
  const member = context.members.find((candidate) => candidate.id === memberId);
  if (member?.status !== 'active')
    throw new MeetingRuleError(
      'member_not_active',
      field,
      'This person does not take part in the group now. Choose an active member of the group.',
      'is not an active member of the group',
    );
}

function checkAgenda(body: MeetingBody, context: MeetingRuleContext): AgendaItemValues[] {
  let items: (AgendaItem & { id?: string })[] = [];
  const seen = new Set<string>();
  for (const [index, sent] of body.agenda.entries()) {
    const field = `agenda.${index}`;
    if (sent.id !== undefined && (!context.agendaIds.has(sent.id) || seen.has(sent.id)))
      throw new MeetingRuleError(
        'agenda_item_unknown',
        field,
        'An agenda item was sent with an id that is not on this meeting’s agenda. Reload the meeting and try again.',
        'is not an item of this meeting’s agenda',
      );
    if (sent.id !== undefined) seen.add(sent.id);
    const item: AgendaItem & { id?: string } =
      sent.code === 'custom'
        ? { id: sent.id, code: 'custom', title: normaliseItemTitle(sent.title) }
        : { id: sent.id, code: sent.code };
    const added = addAgendaItem(items, item);
    if (!added.ok) {
      throw new MeetingRuleError(
        added.reason === 'already_on_agenda' ? 'agenda_item_twice' : 'agenda_invalid',
        field,
        added.reason === 'already_on_agenda'
          ? 'A standard item is on the agenda once, so that its notes are in one place.'
          : 'This agenda item cannot be added.',
        agendaMessages[added.reason],
      );
    }
    items = added.items;
  }
  return items.map((item) => ({
    ...(item.id === undefined ? {} : { id: item.id }),
    code: item.code,
    title: item.code === 'custom' ? item.title : null,
  }));
}

/**
 * The meeting the body describes, or a 422 naming what the method or the group does not allow: a
 * start in the past, a theme meeting without a theme, a place or video link missing, a link that is
 * not a web address, a chair or minute-taker who is not an active member, the chair as minute-taker,
 * or an agenda the method's rules refuse. What a kind or location does not use is dropped.
 */
export function checkMeetingBody(body: MeetingBody, context: MeetingRuleContext): CheckedMeeting {
  let startsAt: string;
  try {
    startsAt = amsterdamToUtc(body.date, body.time);
  } catch {
    throw new MeetingRuleError('date_invalid', 'date', 'This is not a day of the calendar.', 'must be a date like 2027-03-31');
  }
  if (Date.parse(startsAt) <= context.now.getTime())
    throw new MeetingRuleError(
      'in_past',
      'date',
      'This moment has passed. A meeting is planned for a day and time still to come.',
      'must be a moment still to come',
    );

  const theme = needsTheme(body.kind) ? blankToNull(body.theme) : null;
  if (needsTheme(body.kind) && theme === null)
    throw new MeetingRuleError(
      'theme_required',
      'theme',
      'A theme meeting is about one theme: write which.',
      'is needed for a theme meeting',
    );

  const detail = locationNeedsDetail(body.locationKind) ? blankToNull(body.locationDetail) : null;
  if (locationNeedsDetail(body.locationKind) && detail === null)
    throw new MeetingRuleError(
      'location_detail_required',
      'locationDetail',
      body.locationKind === 'video'
        ? 'Add the link of the video call, so that members can join.'
        : 'Write where the meeting is, so that members can find it.',
      body.locationKind === 'video' ? 'needs the link of the video call' : 'needs the place of the meeting',
    );
  if (body.locationKind === 'video' && detail !== null && !isWebLink(detail))
    throw new MeetingRuleError(
      'video_link_invalid',
      'locationDetail',
      'The link of the video call is a web address that starts with https://.',
      'must be a web address starting with https://',
    );

  checkMember(context, 'chairMemberId', body.chairMemberId);
  checkMember(context, 'minuteTakerMemberId', body.minuteTakerMemberId);
  if (body.minuteTakerMemberId !== null && body.minuteTakerMemberId === body.chairMemberId)
    throw new MeetingRuleError(
      'minute_taker_is_chair',
      'minuteTakerMemberId',
      'Whoever chairs the meeting cannot take its minutes as well. Choose someone else for one of the two.',
      'must be someone other than the chair',
    );

  return {
    values: {
      kind: body.kind,
      theme,
      starts_on: body.date,
      starts_time: body.time,
      starts_at: startsAt,
      duration_minutes: body.durationMinutes,
      location_kind: body.locationKind,
      location_detail: detail,
      chair_member_id: body.chairMemberId,
      minute_taker_member_id: body.minuteTakerMemberId,
      channel: blankToNull(body.channel),
    },
    agenda: checkAgenda(body, context),
  };
}

/** A group has one start meeting: refuses another while one is not cancelled (409). */
export function checkOneStartMeeting(kind: string, meetings: readonly MeetingRow[], exceptId: string | null): void {
  if (kind !== 'start') return;
  if (meetings.some((meeting) => meeting.kind === 'start' && meeting.status !== 'cancelled' && meeting.id !== exceptId))
    throw new ConflictError(
      'start_meeting_exists',
      'This group already has its start meeting. Plan a follow-up or theme meeting, or cancel the start meeting first.',
      [{ field: 'kind', code: 'start_meeting_exists', message: 'the group has its start meeting already' }],
    );
}

/** True when members must be told of the change: a new date, time, duration or place. */
export function changesWhenOrWhere(before: MeetingRow, after: MeetingValues): boolean {
  return (
    before.starts_at !== after.starts_at ||
    before.duration_minutes !== after.duration_minutes ||
    before.location_kind !== after.location_kind ||
    before.location_detail !== after.location_detail
  );
}
