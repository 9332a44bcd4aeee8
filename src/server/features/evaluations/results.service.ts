import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { respondentTypes, type RespondentType } from '../../../domain/evaluations.js';
import { evaluationTrend, roundResults, type ResultRespondent, type ResultScale } from '../../../domain/evaluation-results.js';
import type { InstrumentDefinition, InstrumentItem } from '../../../domain/instruments.js';
import type { EvaluationTrend, RoundResults } from '../../../shared/evaluations.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError } from '../../platform/http/errors.js';
import { findEvaluationScope, isRoundOpen, requireResultsReader, roundOf } from './evaluation-scope.js';
import { createEvaluationsRepository, type RespondentRow, type RoundRow } from './evaluations.repository.js';
import { respondentInstrument } from './instruments-in-force.js';
import { createResultsRepository } from './results.repository.js';

/** One instrument the round's respondents were given, as results need it. */
interface UsedInstrument {
  scales: ResultScale[];
  /** The linkIds of its open items (text and string): their answers are the remarks. */
  openItems: string[];
}

const instrumentKey = (row: Pick<RespondentRow, 'instrument_source' | 'instrument_url' | 'instrument_version'>) =>
  JSON.stringify([row.instrument_source, row.instrument_url, row.instrument_version]);

function openItemsOf(items: readonly InstrumentItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'text' || item.type === 'string' ? [item.linkId] : []),
    ...openItemsOf(item.item ?? []),
  ]);
}

/** Regie's own themes are named by the UI's texts (title null); a loaded scale by its title, else its id. */
function usedInstrument(definition: InstrumentDefinition, regie: boolean): UsedInstrument {
  return {
    scales: definition.scoring.scales.map((scale) => ({
      id: scale.id,
      title: regie ? null : (scale.title ?? scale.id),
      min: scale.min,
      max: scale.max,
    })),
    openItems: openItemsOf(definition.item),
  };
}

const typeOrder = (type: string) => respondentTypes.indexOf(type as RespondentType);
const asRespondentType = (value: string): RespondentType | null => respondentTypes.find((type) => type === value) ?? null;

/** The Amsterdam day a closed round closed: by hand or by its last answer, else at the end of its last day. */
const closedOn = (round: Pick<RoundRow, 'closed_at' | 'closes_on'>) =>
  round.closed_at === null ? round.closes_on : amsterdamDay(new Date(round.closed_at));

// The results of a group's closed rounds and their trend (PRODUCT.md §7), for the client and the
// group's members; the team sees them only aggregated over groups. Every figure is made by the
// domain (src/domain/evaluation-results.ts), which hides a lone respondent without consent; answers
// themselves never leave. Reads are logged before they are answered (NEN 7513).
export function createResultsService(db: Db, audit: AuditLog) {
  const evaluations = createEvaluationsRepository(db);
  const results = createResultsRepository(db);

  /** The respondents of these rounds with their scores and remarks, and the scales of each round. */
  async function gather(actor: Actor, rounds: readonly RoundRow[]) {
    const respondents = (await evaluations.listRespondents(rounds.map((round) => round.id))).filter(
      (row) => asRespondentType(row.respondent_type) !== null,
    );
    const instruments = new Map<string, UsedInstrument | null>();
    for (const row of respondents) {
      const key = instrumentKey(row);
      if (instruments.has(key)) continue;
      const definition = await respondentInstrument(db, row, actor.locale);
      instruments.set(key, definition ? usedInstrument(definition, row.instrument_source === 'regie') : null);
    }
    const answered = new Map(respondents.filter((row) => row.answered_at !== null).map((row) => [row.id, row]));
    const answeredIds = [...answered.keys()];
    const openItems = [...new Set([...instruments.values()].flatMap((used) => used?.openItems ?? []))];
    const scores = new Map<string, Record<string, number>>();
    for (const row of await results.listScores(answeredIds)) {
      const own = scores.get(row.respondent_id) ?? {};
      own[row.scale_id] = row.score;
      scores.set(row.respondent_id, own);
    }
    const remarks = new Map<string, string[]>();
    for (const row of await results.listAnswers(answeredIds, openItems)) {
      const respondent = answered.get(row.respondent_id);
      // Only answers to the open items of the respondent's own instrument are remarks.
      if (!respondent || !instruments.get(instrumentKey(respondent))?.openItems.includes(row.link_id)) continue;
      const text = remarkText(row.value);
      if (text !== null) remarks.set(row.respondent_id, [...(remarks.get(row.respondent_id) ?? []), text]);
    }
    const present = (row: RespondentRow): ResultRespondent => ({
      respondentType: asRespondentType(row.respondent_type) ?? 'client',
      name: row.name,
      answered: row.answered_at !== null,
      showWhenAlone: row.show_when_alone === 1,
      signed: row.signed === 1,
      scores: scores.get(row.id) ?? {},
      remarks: remarks.get(row.id) ?? [],
    });
    const scalesOf = (roundId: string): ResultScale[] =>
      respondents
        .filter((row) => row.round_id === roundId)
        .sort((a, b) => typeOrder(a.respondent_type) - typeOrder(b.respondent_type))
        .flatMap((row) => instruments.get(instrumentKey(row))?.scales ?? []);
    return {
      respondentsOf: (roundId: string) => respondents.filter((row) => row.round_id === roundId).map(present),
      scalesOf,
    };
  }

  return {
    /** A closed round's results per respondent type and overall, with the open remarks; 409 while it is open. */
    async results(actor: Actor, clientId: string, roundId: string): Promise<RoundResults> {
      const scope = await findEvaluationScope(db, actor, clientId);
      requireResultsReader(scope);
      const round = await roundOf(evaluations, scope.group.id, roundId);
      if (isRoundOpen(round))
        throw new ConflictError('round_open', 'This round is still open. Its results are ready once it has closed.');
      const { respondentsOf, scalesOf } = await gather(actor, [round]);
      const figures = roundResults(respondentsOf(round.id), scalesOf(round.id));
      await audit.record(actor, [{ action: 'read', dataCategory: 'evaluations', clientId, objectId: round.id }]);
      return {
        round: { id: round.id, openedAt: round.opened_at, closedAt: round.closed_at, closesOn: round.closes_on },
        ...figures,
      };
    },

    /** The group's closed rounds, oldest first, each by respondent type and overall. */
    async trend(actor: Actor, clientId: string): Promise<EvaluationTrend> {
      const scope = await findEvaluationScope(db, actor, clientId);
      requireResultsReader(scope);
      const now = new Date();
      const closed = (await evaluations.listRounds(scope.group.id)).filter((round) => !isRoundOpen(round, now)).reverse();
      const { respondentsOf, scalesOf } = await gather(actor, closed);
      const trend = evaluationTrend(
        closed.map((round) => ({
          id: round.id,
          closedOn: closedOn(round),
          respondents: respondentsOf(round.id),
          scales: scalesOf(round.id),
        })),
      );
      await audit.record(actor, [{ action: 'read', dataCategory: 'evaluations', clientId, objectId: null }]);
      return trend;
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;

/** The text of an answer stored as JSON, when it is a text; null otherwise (or when it does not parse). */
function remarkText(value: string): string | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || !('string' in parsed)) return null;
    return typeof parsed.string === 'string' ? parsed.string : null;
  } catch {
    return null;
  }
}
