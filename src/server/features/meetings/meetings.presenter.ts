import { countResponses, isAgendaItemCode, isResponseAnswer, type ResponseAnswer } from '../../../domain/meetings.js';
import {
  locationKindSchema,
  meetingKindSchema,
  type AgendaItemView,
  type Meeting,
  type MeetingMember,
  type MeetingSummary,
  type StartEvaluation,
} from '../../../shared/meetings.js';
import type { AgendaItemRow, InviteeRow, MeetingMemberRow, MeetingRow } from './meetings.repository.js';
import type { StartEvaluationRow } from './start-evaluation.repository.js';

// Rows never leave as they are: these list the fields each answer carries (shared/meetings.ts).
// Stored text is Regie's own; a value it does not know (it never should) reads as the plainest one.

export const kindOf = (text: string) => meetingKindSchema.catch('follow_up').parse(text);
export const locationOf = (text: string) => locationKindSchema.catch('team_office').parse(text);
export const answerOf = (text: string | null): ResponseAnswer | null => (text !== null && isResponseAnswer(text) ? text : null);

export function presentMember(row: Pick<MeetingMemberRow, 'id' | 'name' | 'kind' | 'role'>): MeetingMember {
  return { id: row.id, name: row.name, kind: row.kind, role: row.role };
}

export function presentAgendaItem(row: AgendaItemRow): AgendaItemView {
  if (isAgendaItemCode(row.code)) return { id: row.id, code: row.code, title: null };
  return { id: row.id, code: 'custom', title: row.title ?? '' };
}

export function presentSummary(row: MeetingRow, held: boolean, myAnswer: ResponseAnswer | null): MeetingSummary {
  return {
    id: row.id,
    kind: kindOf(row.kind),
    theme: row.theme,
    date: row.starts_on,
    time: row.starts_time,
    durationMinutes: row.duration_minutes,
    locationKind: locationOf(row.location_kind),
    status: row.status === 'cancelled' ? 'cancelled' : 'planned',
    held,
    minutesStatus: row.minutes_status === 'approved' ? 'approved' : 'draft',
    myAnswer,
  };
}

export function presentReplyCounts(invitees: readonly InviteeRow[]) {
  return countResponses(invitees.map((invitee) => answerOf(invitee.answer)));
}

/** An invitee and their reply; `answersInRegie` from answersInRegie (meeting-scope.ts). */
export function presentInvitee(row: InviteeRow, answersInRegie: boolean): Meeting['invitees'][number] {
  return { memberId: row.member_id, name: row.name, answer: answerOf(row.answer), answeredAt: row.answered_at, answersInRegie };
}

type Assignee = Meeting['chair'];
type NamedMember = Pick<MeetingMemberRow, 'id' | 'name'>;

const nameIn = (members: readonly NamedMember[], memberId: string) =>
  members.find((member) => member.id === memberId)?.name ?? '';

/** The client (null), or a member by the name of their membership: who chairs, who does an agreement. */
export function presentAssignee(memberId: string | null, name: string | null): Assignee {
  return memberId === null ? { kind: 'client' } : { kind: 'member', memberId, name: name ?? '' };
}

/** Who chairs: the client (null), or the member chosen, by the name of their membership. */
export function presentChair(memberId: string | null, members: readonly NamedMember[]): Assignee {
  return presentAssignee(memberId, memberId === null ? null : nameIn(members, memberId));
}

export function presentMinuteTaker(memberId: string | null, members: readonly NamedMember[]): Meeting['minuteTaker'] {
  if (memberId === null) return null;
  return { memberId, name: nameIn(members, memberId) };
}

export function presentStartEvaluation(row: StartEvaluationRow): StartEvaluation {
  return {
    howDidItGo: row.how_did_it_go,
    whatToKeep: row.what_to_keep,
    whatToChange: row.what_to_change,
    recordedAt: row.recorded_at,
  };
}
