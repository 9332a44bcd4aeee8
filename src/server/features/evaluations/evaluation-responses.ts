import { scoreResponse, validateAnswers, type Answers, type InstrumentDefinition } from '../../../domain/instruments.js';
import type { Locale } from '../../../shared/roles.js';
import type { Questionnaire, ResponseBody } from '../../../shared/evaluations.js';
import type { DbExecutor, DbTransaction } from '../../platform/db/database.js';
import { refuseAnswers } from './evaluation-rules.js';
import { isRoundOpen } from './evaluation-scope.js';
import { presentItems, respondentTypeOfRow } from './evaluations.presenter.js';
import {
  createEvaluationsRepository,
  type EvaluationClient,
  type RespondentRow,
  type RoundRow,
} from './evaluations.repository.js';
import { respondentInstrument } from './instruments-in-force.js';

// One respondent's questionnaire and response, whichever way they came in: signed in (their
// account is in the round) or with the personal link mailed to someone without an account. The
// caller has decided that this respondent row is theirs; what follows is the same for both.

/** The definition a respondent was given (Regie's own in the asked language, or the loaded one as stored). */
export async function definitionOf(
  executor: DbExecutor,
  respondent: Pick<RespondentRow, 'instrument_source' | 'instrument_url' | 'instrument_version'>,
  locale: Locale,
): Promise<InstrumentDefinition> {
  const definition = await respondentInstrument(executor, respondent, locale);
  if (!definition) throw new Error('A round names an instrument Regie no longer has');
  return definition;
}

/** The respondent's own questionnaire in the round, in `locale` when it is Regie's own. */
export async function questionnaireOf(
  executor: DbExecutor,
  round: RoundRow,
  respondent: RespondentRow,
  client: Pick<EvaluationClient, 'id' | 'name'>,
  locale: Locale,
): Promise<Questionnaire> {
  const definition = await definitionOf(executor, respondent, locale);
  const type = respondentTypeOfRow(respondent.respondent_type);
  const sameType = (await createEvaluationsRepository(executor).listRespondents([round.id])).filter(
    (other) => respondentTypeOfRow(other.respondent_type) === type,
  );
  return {
    round: { id: round.id, closesOn: round.closes_on, open: isRoundOpen(round) },
    client: { id: client.id, name: client.name },
    respondentType: type,
    instrument: {
      source: respondent.instrument_source === 'regie' ? 'regie' : 'organisation',
      title: definition.title,
      url: definition.url,
      version: definition.version,
      item: presentItems(definition.item),
    },
    alone: sameType.length === 1,
    answeredAt: respondent.answered_at,
  };
}

/** Why a response was not stored; the caller says it in its own words. */
export type ResponseRefusal = 'already_answered' | 'round_closed';

/**
 * Stores the respondent's response, whole and final, inside `trx`: only while the round is open,
 * only once, checked against their instrument (422 per item, nothing stored). Stored per item with
 * its scale scores; the last answer closes the round. Answers to one round take turns (the round's
 * row is locked first), so that the last one sees that it is the last.
 */
export async function recordResponse(
  trx: DbTransaction,
  respondentId: string,
  body: ResponseBody,
  locale: Locale,
): Promise<{ answeredAt: string } | { refused: ResponseRefusal }> {
  const repository = createEvaluationsRepository(trx);
  const before = await repository.findRespondentById(respondentId);
  if (!before) throw new Error('A response for a respondent that is not there');
  await repository.lockRound(before.round_id);
  const respondent = await repository.findRespondentById(respondentId);
  const round = await repository.findRoundById(before.round_id);
  if (!respondent || !round) throw new Error('A response for a respondent that is not there');
  if (respondent.answered_at !== null) return { refused: 'already_answered' };
  if (!isRoundOpen(round)) return { refused: 'round_closed' };
  const definition = await definitionOf(trx, respondent, locale);
  const answers: Answers = body.answers;
  const problems = validateAnswers(definition, answers);
  if (problems.length > 0) refuseAnswers(problems);
  const stored = await repository.storeResponse({
    respondentId: respondent.id,
    // A blank text is no answer (src/domain/instruments.ts): nothing to keep.
    answers: Object.entries(body.answers)
      .filter(([, value]) => !('string' in value && value.string.trim() === ''))
      .map(([linkId, value]) => ({ linkId, value: JSON.stringify(value) })),
    scores: scoreResponse(definition, answers).flatMap((scale) =>
      scale.score === null ? [] : [{ scaleId: scale.id, score: scale.score, answered: scale.answered }],
    ),
    showWhenAlone: body.showWhenAlone,
    signed: body.signed,
  });
  if (stored === null) return { refused: 'already_answered' };
  if ((await repository.unansweredCount(round.id)) === 0) await repository.closeRound(round.id, null);
  return { answeredAt: stored };
}
