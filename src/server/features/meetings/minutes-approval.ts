import { statusValues, type ChangeScope } from '../plans/index.js';
import type { MeetingRow } from './meetings.repository.js';
import type { MinutesAgreementRow, ScoreRow } from './minutes.repository.js';

/**
 * Takes approved minutes into the plan, inside the plan's change: every score becomes a point of its
 * goal's trend on the meeting's day (marked with the meeting), every agreement is added to the plan
 * or changes the one it refers to. The goal limits do not apply: no goal is added here.
 */
export async function approveIntoPlan(input: {
  plans: ChangeScope['repository'];
  planId: string;
  meeting: Pick<MeetingRow, 'id' | 'starts_on'>;
  content: { scores: readonly ScoreRow[]; agreements: readonly MinutesAgreementRow[] };
  byAccountId: string;
}): Promise<void> {
  const { plans, planId, meeting, content, byAccountId } = input;
  for (const score of content.scores) {
    await plans.insertProgress({
      goalId: score.goal_id,
      meetingId: meeting.id,
      scoredOn: meeting.starts_on,
      score: score.score,
      note: score.note,
      byAccountId,
    });
  }
  for (const agreement of content.agreements) {
    const values = { what: agreement.what, member_id: agreement.member_id, due_on: agreement.due_on, goal_id: agreement.goal_id };
    if (agreement.agreement_id === null) {
      await plans.insertAgreement(planId, { ...values, ...statusValues(agreement.status, undefined, byAccountId) });
      continue;
    }
    const current = await plans.findAgreement(planId, agreement.agreement_id);
    // Checked just before, in the same transaction: an agreement of this plan.
    if (!current) continue;
    await plans.updateAgreement(agreement.agreement_id, { ...values, ...statusValues(agreement.status, current, byAccountId) });
  }
}
