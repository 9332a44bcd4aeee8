import { z } from 'zod';
import { agreementStatuses } from '../../../domain/plan.js';
import type { Minutes } from '../../../shared/meetings.js';
import { presentAgendaItem, presentAssignee } from './meetings.presenter.js';
import type { AgendaItemRow } from './meetings.repository.js';
import type { MinutesAgreementRow, PlanAgreementRow, PlanGoalRow, ScoreRow } from './minutes.repository.js';

// Rows never leave as they are: these list the fields each answer carries (shared/meetings.ts); the
// meeting, its agenda and the members are presented as meetings.presenter.ts presents them. The
// database holds text; a value Regie does not know reads as the plainest choice rather than failing.

const agreementStatus = z.enum(agreementStatuses).catch('open');
const horizon = z.enum(['long', 'short']).catch('short');

type MinutesAgreement = Minutes['agreements'][number];

/** An agenda item with what was said and decided under it. */
export function presentItem(row: AgendaItemRow): Minutes['items'][number] {
  return { ...presentAgendaItem(row), notes: row.notes, decisions: row.decisions };
}

export function presentScore(row: ScoreRow): Minutes['scores'][number] {
  return { goalId: row.goal_id, score: row.score, note: row.note };
}

export function presentMinutesAgreement(row: MinutesAgreementRow): MinutesAgreement {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    what: row.what,
    assignee: presentAssignee(row.member_id, row.memberName),
    dueOn: row.due_on,
    goalId: row.goal_id,
    status: agreementStatus.parse(row.status),
  };
}

/** An agreement of the plan as the minutes offer it for change: its own id is the one to refer to. */
export function presentPlanAgreement(row: PlanAgreementRow): MinutesAgreement {
  return presentMinutesAgreement({ ...row, agreement_id: row.id });
}

export function presentGoal(row: PlanGoalRow, lastScore: { date: string; score: number } | undefined): Minutes['goals'][number] {
  return { id: row.id, horizon: horizon.parse(row.horizon), text: row.text, lastScore: lastScore ?? null };
}
