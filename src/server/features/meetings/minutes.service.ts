import type { Minutes, MinutesBody } from '../../../shared/meetings.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { createPlanEditor } from '../plans/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { checkMinutes, type MinutesFacts } from './minutes-checks.js';
import { approveIntoPlan } from './minutes-approval.js';
import { minutesScope, requireReadable, type MinutesScope } from './minutes-scope.js';
import { isOpenGoal, mayApprove, minutesView } from './minutes-view.js';
import type { MeetingRow } from './meetings.repository.js';
import { createMinutesRepositories, createMinutesRepository, type MinutesRepositories } from './minutes.repository.js';
import { createStartEvaluationService } from './start-evaluation.service.js';

const writers =
  'The client, the chair, the minute-taker and the coordinator write the minutes. You can read them once the client has approved them.';
const approvers =
  'The client approves the minutes, because what they say goes into the plan. Their coordinator can do it for them when the client asks for that under direction.';
const planNotShared =
  'The client does not share the plan with you, so you cannot give scores or make agreements in the minutes. Others can add them.';

export const minutesApproved = () =>
  new ConflictError('minutes_approved', 'The client has approved these minutes, so they cannot be changed any more.');

/** Refuses minutes that cannot be written now: a cancelled meeting, or one that has not begun (409). */
function requireHeld(meeting: Pick<MeetingRow, 'status'>, held: boolean): void {
  if (meeting.status === 'cancelled')
    throw new ConflictError('meeting_cancelled', 'This meeting was cancelled, so it has no minutes.');
  if (!held)
    throw new ConflictError(
      'meeting_not_started',
      'Minutes are written at or after the meeting. This meeting has not begun yet.',
    );
}

/** Who may write the draft now: 404 for whoever does not see the meeting, 403 for readers, 409 when it cannot be. */
function requireWritable(scope: MinutesScope): void {
  if (scope.role === 'none') throw new NotFoundError();
  if (scope.role === 'shared_with') throw new ForbiddenError(writers);
  if (scope.approved) throw minutesApproved();
  requireHeld(scope.meeting, scope.held);
}

/** What the minutes are checked against: the meeting's agenda, the plan of its group and who takes part. */
async function factsOf({ meetings, minutes }: MinutesRepositories, meeting: MeetingRow): Promise<MinutesFacts> {
  const planId = await minutes.findPlanId(meeting.group_id);
  const [goals, agreements] =
    planId === undefined ? [[], []] : [await minutes.listGoals(planId), await minutes.listPlanAgreements(planId)];
  const members = await meetings.listMembers(meeting.group_id);
  return {
    itemIds: new Set((await meetings.listAgenda(meeting.id)).map((item) => item.id)),
    goals: goals.map((goal) => ({ id: goal.id, open: isOpenGoal(goal) })),
    agreements: new Map(agreements.map((agreement) => [agreement.id, { memberId: agreement.member_id }])),
    activeMemberIds: new Set(members.filter((member) => member.status === 'active').map((member) => member.id)),
  };
}

/** The minutes after a change, in its transaction: read again, so that the answer is what was stored. */
async function viewAfterChange(trx: DbExecutor, actor: Actor, clientId: string, meetingId: string): Promise<Minutes> {
  const repositories = createMinutesRepositories(trx);
  const scope = await minutesScope(trx, repositories.meetings, actor, clientId, meetingId);
  return (await minutesView(trx, repositories, actor, scope)).minutes;
}

// The minutes of a meeting: per agenda item what was said and decided, the scores given to the
// plan's goals and the agreements made or changed. Only the client, the chair, the minute-taker and
// the coordinator see and write the draft; the client approves it (or their coordinator for them),
// which takes the scores and agreements into the plan and opens the minutes to the group. Reads are
// logged before they are answered; changes in their own transaction as its last step.
export function createMinutesService(db: Db, audit: AuditLog) {
  const repositories = createMinutesRepositories(db);
  const { meetings, minutes } = repositories;
  const edit = createPlanEditor(db, audit);

  return {
    async read(actor: Actor, clientId: string, meetingId: string): Promise<Minutes> {
      const scope = await minutesScope(db, meetings, actor, clientId, meetingId);
      requireReadable(scope);
      const view = await minutesView(db, repositories, actor, scope);
      await audit.record(actor, [
        { action: 'read', dataCategory: 'meetings', clientId, objectId: meetingId },
        ...(view.planShown ? [{ action: 'read' as const, dataCategory: 'plan' as const, clientId }] : []),
      ]);
      return view.minutes;
    },

    /**
     * The whole draft as the form saves it: the items sent get their text (the others keep theirs),
     * the scores and agreements are replaced. Someone the plan is not shared with writes only the
     * items: the scores and agreements others gave stay as they are.
     */
    async save(actor: Actor, clientId: string, meetingId: string, body: MinutesBody): Promise<Minutes> {
      return db.transaction().execute(async (trx) => {
        const repositories = createMinutesRepositories(trx);
        const repository = repositories.minutes;
        const scope = await minutesScope(trx, repositories.meetings, actor, clientId, meetingId);
        requireWritable(scope);
        if (!(await repository.lockDraft(meetingId))) throw minutesApproved();
        const planShown = await createSharingPolicy(trx).canSeeCategory(actor, clientId, 'plan');
        if (!planShown && (body.scores.length > 0 || body.agreements.length > 0)) throw new ForbiddenError(planNotShared);
        checkMinutes(body, await factsOf(repositories, scope.meeting), 'open');

        for (const item of body.items) await repository.updateItem(item.id, { notes: item.notes, decisions: item.decisions });
        if (planShown) {
          await repository.replaceScores(
            meetingId,
            body.scores.map((score) => ({
              goalId: score.goalId,
              score: score.score,
              note: score.note === '' ? null : score.note,
            })),
          );
          await repository.replaceAgreements(meetingId, body.agreements);
        }
        const view = await viewAfterChange(trx, actor, clientId, meetingId);
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'meetings', clientId, objectId: meetingId }]);
        return view;
      });
    },

    /**
     * The client approves the minutes: the scores become points of the goals' trends on the meeting's
     * day, the agreements go into the plan (new ones added, changed ones changed), all as one version
     * of the plan. Minutes without scores or agreements change nothing in the plan: they are approved
     * without a new version.
     */
    async approve(actor: Actor, clientId: string, meetingId: string): Promise<Minutes> {
      const scope = await minutesScope(db, meetings, actor, clientId, meetingId);
      requireReadable(scope);
      if (!(await mayApprove(db, actor, clientId))) throw new ForbiddenError(approvers);
      if (scope.approved) throw minutesApproved();
      requireHeld(scope.meeting, scope.held);
      const { onBehalfOfAccountId } = await createSharingPolicy(db).performerFor(actor, clientId, 'edit_plan');
      const meetingEvent = {
        action: 'update' as const,
        dataCategory: 'meetings' as const,
        clientId,
        objectId: meetingId,
        onBehalfOfAccountId,
      };

      const hasContent = (await minutes.listScores(meetingId)).length > 0 || (await minutes.listAgreements(meetingId)).length > 0;
      if (!hasContent) {
        return db.transaction().execute(async (trx) => {
          const repository = createMinutesRepository(trx);
          if (!(await repository.lockDraft(meetingId))) throw minutesApproved();
          // Saved in between after all: that goes through the plan, so the client approves again.
          if ((await repository.listScores(meetingId)).length > 0 || (await repository.listAgreements(meetingId)).length > 0)
            throw new ConflictError(
              'minutes_changed',
              'The minutes were changed just now. Look at them again and approve them then.',
            );
          await repository.approve(meetingId, actor.accountId);
          const view = await viewAfterChange(trx, actor, clientId, meetingId);
          await audit.append(trx, actor, [meetingEvent]);
          return view;
        });
      }

      return edit(actor, clientId, 'plan', async ({ trx, repository: plans, group, planId }) => {
        const repositories = createMinutesRepositories(trx);
        const repository = repositories.minutes;
        if (!(await repository.lockDraft(meetingId))) throw minutesApproved();
        if (group.id !== scope.meeting.group_id)
          throw new ConflictError(
            'meeting_of_closed_group',
            'This meeting was of a group that has ended; its minutes no longer go into a plan.',
          );
        const content = {
          scores: await repository.listScores(meetingId),
          agreements: await repository.listAgreements(meetingId),
        };
        checkMinutes(
          {
            items: [],
            scores: content.scores.map((score) => ({ goalId: score.goal_id })),
            agreements: content.agreements.map((agreement) => ({
              agreementId: agreement.agreement_id,
              memberId: agreement.member_id,
              goalId: agreement.goal_id,
            })),
          },
          await factsOf(repositories, scope.meeting),
          'in_plan',
        );
        await approveIntoPlan({ plans, planId, meeting: scope.meeting, content, byAccountId: actor.accountId });
        await repository.approve(meetingId, actor.accountId);
        const view = await viewAfterChange(trx, actor, clientId, meetingId);
        // The plan editor appends its own row for the plan as the transaction's last step.
        await audit.append(trx, actor, [meetingEvent]);
        return { result: view, change: { kind: 'minutes_approved', subjectId: meetingId }, action: 'update', objectId: planId };
      });
    },

    ...createStartEvaluationService(db, audit),
  };
}
export type MinutesService = ReturnType<typeof createMinutesService>;
