import { AppError, type FieldError } from '../../platform/http/errors.js';

// What the minutes say must fit the meeting, the plan and the group as they are: an item of this
// meeting's agenda, a score for one of the plan's goals, an agreement of this plan, done by someone
// who takes part. A draft that does not fit is refused whole (422) with every field named.

/** Minutes that do not fit the meeting, the plan or the group: nothing of them is kept. */
export class MinutesUnfitError extends AppError {
  constructor(fieldErrors: FieldError[]) {
    super(
      422,
      'minutes_unfit',
      'Some parts of the minutes do not fit this meeting, the plan or the group. Check the marked parts.',
      fieldErrors,
    );
  }
}

/** What the minutes are checked against. */
export interface MinutesFacts {
  itemIds: ReadonlySet<string>;
  goals: readonly { id: string; open: boolean }[];
  /** The plan's agreements, with who does each now (null: the client). */
  agreements: ReadonlyMap<string, { memberId: string | null }>;
  activeMemberIds: ReadonlySet<string>;
}

export interface MinutesContent {
  items: readonly { id: string }[];
  scores: readonly { goalId: string }[];
  agreements: readonly { agreementId: string | null; memberId: string | null; goalId: string | null }[];
}

/**
 * The problems of `content`, none when it fits. `scoredGoals` says which goals take a score: `open`
 * while the draft is written; `in_plan` when it is approved, so that a goal reached in the meantime
 * still gets the score the meeting gave it.
 */
export function minutesProblems(content: MinutesContent, facts: MinutesFacts, scoredGoals: 'open' | 'in_plan'): FieldError[] {
  const problems: FieldError[] = [];
  const problem = (field: string, code: string, message: string) => problems.push({ field, code, message });
  /** True when `value` was met before; remembers it otherwise. */
  const seen = (values: Set<string>, value: string) => {
    if (values.has(value)) return true;
    values.add(value);
    return false;
  };

  const items = new Set<string>();
  content.items.forEach((item, index) => {
    if (!facts.itemIds.has(item.id)) problem(`items.${index}.id`, 'agenda_item_unknown', 'is not an item of this meeting');
    else if (seen(items, item.id)) problem(`items.${index}.id`, 'duplicate', 'is sent twice');
  });

  const goals = new Map(facts.goals.map((goal) => [goal.id, goal]));
  const scored = new Set<string>();
  content.scores.forEach((score, index) => {
    const goal = goals.get(score.goalId);
    if (!goal) problem(`scores.${index}.goalId`, 'goal_not_in_plan', 'is not a goal of this plan');
    else if (scoredGoals === 'open' && !goal.open)
      problem(`scores.${index}.goalId`, 'goal_not_open', 'is a goal that was achieved or stopped');
    else if (seen(scored, score.goalId)) problem(`scores.${index}.goalId`, 'duplicate', 'has a score already');
  });

  const changed = new Set<string>();
  content.agreements.forEach((agreement, index) => {
    const current = agreement.agreementId === null ? undefined : facts.agreements.get(agreement.agreementId);
    if (agreement.agreementId !== null) {
      if (!current) problem(`agreements.${index}.agreementId`, 'agreement_not_in_plan', 'is not an agreement of this plan');
      else if (seen(changed, agreement.agreementId)) problem(`agreements.${index}.agreementId`, 'duplicate', 'is changed twice');
    }
    // Someone who left stays named on what they agreed to; only a new assignee must take part now.
    const keepsAssignee = current !== undefined && current.memberId === agreement.memberId;
    if (agreement.memberId !== null && !keepsAssignee && !facts.activeMemberIds.has(agreement.memberId))
      problem(`agreements.${index}.memberId`, 'member_not_active', 'is not an active member of the group');
    if (agreement.goalId !== null && !goals.has(agreement.goalId))
      problem(`agreements.${index}.goalId`, 'goal_not_in_plan', 'is not a goal of this plan');
  });
  return problems;
}

/** Refuses content that does not fit (422), with every problem named. */
export function checkMinutes(content: MinutesContent, facts: MinutesFacts, scoredGoals: 'open' | 'in_plan'): void {
  const problems = minutesProblems(content, facts, scoredGoals);
  if (problems.length > 0) throw new MinutesUnfitError(problems);
}
