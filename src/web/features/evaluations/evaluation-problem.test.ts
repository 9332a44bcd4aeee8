import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/http.js';
import { evaluationProblemKey } from './evaluation-problem.js';

const refusal = (status: number, code: string) => new ApiError({ type: 'about:blank', title: code, status, code });

describe('a refused action on a round in words', () => {
  it('words the evaluations’ own refusals by their code, for the action that can meet them', () => {
    expect(evaluationProblemKey(refusal(409, 'round_open'), 'open')).toBe('evaluations.problems.round_open');
    expect(evaluationProblemKey(refusal(409, 'phase'), 'open')).toBe('evaluations.problems.phase');
    expect(evaluationProblemKey(refusal(409, 'already_answered'), 'answer')).toBe('evaluations.problems.already_answered');
    expect(evaluationProblemKey(refusal(409, 'round_closed'), 'answer')).toBe('evaluations.problems.round_closed');
    expect(evaluationProblemKey(refusal(409, 'round_closed'), 'close')).toBe('evaluations.problems.round_closed');
    // Answering is not opening: the group's "already answered" of the membership feature is not this one.
    expect(evaluationProblemKey(refusal(409, 'already_answered'), 'open')).toBeNull();
  });

  it('words a refusal without a code of its own by what was tried', () => {
    expect(evaluationProblemKey(refusal(403, 'forbidden'), 'open')).toBe('evaluations.problems.notOpener');
    expect(evaluationProblemKey(refusal(403, 'forbidden'), 'close')).toBe('evaluations.problems.notOpener');
    expect(evaluationProblemKey(refusal(403, 'forbidden'), 'answer')).toBe('evaluations.problems.notAsked');
    expect(evaluationProblemKey(refusal(422, 'validation_failed'), 'answer')).toBe('evaluations.problems.answers');
  });

  it('leaves everything else to the app’s shared messages', () => {
    expect(evaluationProblemKey(refusal(500, 'internal_error'), 'open')).toBeNull();
    expect(evaluationProblemKey(new Error('boom'), 'answer')).toBeNull();
  });
});
