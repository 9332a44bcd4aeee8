import type { Meeting } from '../../../shared/meetings.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { answersInRegie, callerMemberIds, isHeld, isStartEvaluator, mayPlanMeetings, mayReadMinutesOf } from './meeting-scope.js';
import {
  answerOf,
  presentAgendaItem,
  presentChair,
  presentInvitee,
  presentMember,
  presentMinuteTaker,
  presentReplyCounts,
  presentStartEvaluation,
  presentSummary,
} from './meetings.presenter.js';
import type { MeetingClient, MeetingGroup, MeetingRow, MeetingsRepository } from './meetings.repository.js';
import { createStartEvaluationRepository } from './start-evaluation.repository.js';

/**
 * One meeting as the actor may see it, read on `executor` (a change's transaction, after the change):
 * every reply for the client, their coordinator and whoever plans; the counts and their own reply
 * for the other invited; the members to choose from for whoever plans; the start meeting's
 * evaluation for the client and their coordinator. Call it for an actor who sees the meetings.
 */
export async function meetingView(
  executor: DbExecutor,
  repository: MeetingsRepository,
  actor: Actor,
  client: MeetingClient,
  group: Pick<MeetingGroup, 'id' | 'name'>,
  meeting: MeetingRow,
): Promise<Meeting> {
  const members = await repository.listMembers(group.id);
  const memberIds = await callerMemberIds(repository, actor, group.id);
  const invitees = await repository.listInvitees(meeting.id);
  const agenda = await repository.listAgenda(meeting.id);
  const plan = await mayPlanMeetings(executor, actor, client.id);
  const held = isHeld(meeting);
  const open = meeting.status !== 'cancelled' && !held;
  const mine = invitees.find((invitee) => memberIds.includes(invitee.member_id));
  const evaluator = isStartEvaluator(actor, client);
  const seeReplies = evaluator || plan;
  // Only who sees the replies learns who answers in Regie, and so only their view asks.
  const replies: Meeting['invitees'] = [];
  if (seeReplies)
    for (const invitee of invitees) replies.push(presentInvitee(invitee, await answersInRegie(executor, client.id, invitee)));
  const evaluation =
    evaluator && meeting.kind === 'start'
      ? await createStartEvaluationRepository(executor).findStartEvaluation(meeting.id)
      : undefined;
  return {
    ...presentSummary(meeting, held, answerOf(mine?.answer ?? null)),
    client: { id: client.id, name: client.name },
    group: { id: group.id, name: group.name },
    startsAt: meeting.starts_at,
    locationDetail: meeting.location_detail,
    chair: presentChair(meeting.chair_member_id, members),
    minuteTaker: presentMinuteTaker(meeting.minute_taker_member_id, members),
    channel: meeting.channel,
    agenda: agenda.map(presentAgendaItem),
    replyCounts: presentReplyCounts(invitees),
    invitees: replies,
    members: plan ? members.filter((member) => member.status === 'active').map(presentMember) : [],
    startEvaluation: evaluation ? presentStartEvaluation(evaluation) : null,
    abilities: {
      edit: plan && open,
      reply: mine !== undefined && open,
      seeReplies,
      readMinutes: mayReadMinutesOf(actor, client, meeting, memberIds),
      evaluate: evaluator && meeting.kind === 'start' && held,
    },
  };
}
