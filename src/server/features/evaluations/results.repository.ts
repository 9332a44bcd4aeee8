import type { DbExecutor } from '../../platform/db/database.js';

// What results are made of: the scale scores of responses and their answers to the open items.
// Read only to be aggregated (src/domain/evaluation-results.ts); nothing here leaves as it is.
export function createResultsRepository(db: DbExecutor) {
  return {
    /** The scale scores of these respondents. */
    listScores(respondentIds: readonly string[]): Promise<{ respondent_id: string; scale_id: string; score: number }[]> {
      if (respondentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_scores')
        .select(['respondent_id', 'scale_id', 'score'])
        .where('respondent_id', 'in', respondentIds)
        .execute();
    },

    /** Their answers to these items (the open ones), in no particular order. */
    listAnswers(
      respondentIds: readonly string[],
      linkIds: readonly string[],
    ): Promise<{ respondent_id: string; link_id: string; value: string }[]> {
      if (respondentIds.length === 0 || linkIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('evaluation_answers')
        .select(['respondent_id', 'link_id', 'value'])
        .where('respondent_id', 'in', respondentIds)
        .where('link_id', 'in', linkIds)
        .execute();
    },
  };
}
export type ResultsRepository = ReturnType<typeof createResultsRepository>;
