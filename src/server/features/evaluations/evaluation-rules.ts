import { addDays } from '../../../domain/amsterdam-time.js';
import { roundDays } from '../../../domain/evaluations.js';
import type { AnswerProblem, AnswerProblemReason } from '../../../domain/instruments.js';
import { AppError } from '../../platform/http/errors.js';

// A round or a response of the right shape (the schema's 400) that only the group, the calendar or
// the instrument can refuse: 422, naming the field, so that the form shows it next to the field.

/** A body of the right shape that the round's rules refuse. */
export class EvaluationRuleError extends AppError {
  constructor(code: string, message: string, fieldErrors: { field: string; code: string; message: string }[]) {
    super(422, code, message, fieldErrors);
  }
}

/** The days a new round may close on: from today up to `roundDays.max` days ahead (Amsterdam). */
export function closesOnRange(today: string): { earliest: string; latest: string; proposed: string } {
  return { earliest: today, latest: addDays(today, roundDays.max), proposed: addDays(today, roundDays.default) };
}

/** Refuses a last day before today or more than `roundDays.max` days ahead (422 at `closesOn`). */
export function checkClosesOn(closesOn: string, today: string): void {
  const { earliest, latest } = closesOnRange(today);
  if (closesOn < earliest || closesOn > latest)
    throw new EvaluationRuleError(
      'closes_on_out_of_range',
      `The last day to answer is from today up to ${roundDays.max} days ahead.`,
      [{ field: 'closesOn', code: 'closes_on_out_of_range', message: `must be from ${earliest} to ${latest}` }],
    );
}

/** Refuses a meeting that is not a planned meeting of this group still to come (422 at `meetingId`). */
export function refuseMeeting(): never {
  throw new EvaluationRuleError('meeting_not_planned', 'Link the round to a meeting of this group that is still to come.', [
    { field: 'meetingId', code: 'meeting_not_planned', message: 'is not a planned meeting of this group still to come' },
  ]);
}

const answerMessages: Record<AnswerProblemReason, string> = {
  unknown_item: 'is not a question of this questionnaire',
  not_answerable: 'takes no answer',
  disabled: 'is not asked, given the other answers',
  required: 'needs an answer',
  wrong_type: 'is not the kind of answer this question takes',
  not_whole: 'must be a whole number',
  not_an_option: 'is not one of the options',
};

/** Refuses a response with a field error per problem at `answers.<linkId>` (422); nothing is stored. */
export function refuseAnswers(problems: readonly AnswerProblem[]): never {
  throw new EvaluationRuleError(
    'answers_invalid',
    'Some answers do not fit the questionnaire. Check the questions marked and send again.',
    problems.map((problem) => ({
      field: `answers.${problem.linkId}`,
      code: problem.reason,
      message: answerMessages[problem.reason],
    })),
  );
}
