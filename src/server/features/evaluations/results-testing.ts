// Shared by the results' and instruments' integration tests: rounds, respondents and their answers
// written straight into the database, so that a test can set up exactly the case it is about (one
// relative with or without consent, scores with gaps) without going through the questionnaire.
// Not used by the app.
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { RespondentType } from '../../../domain/evaluations.js';
import type { AnswerValue } from '../../../domain/instruments.js';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/ids/ids.js';

/** A day `days` from today in Amsterdam (negative: in the past). */
export const dayFromToday = (days: number) => addDays(amsterdamDay(new Date()), days);

export const resultsUrl = (clientId: string, roundId: string) => `/api/clients/${clientId}/evaluations/${roundId}/results`;
export const trendUrl = (clientId: string) => `/api/clients/${clientId}/evaluations/trend`;
export const instrumentsUrl = '/api/organisation/instruments';

/**
 * A round of the group. `state`: 'open' (last day in a week), 'closed' (closed by hand at `closedAt`,
 * default now) or 'expired' (last day passed, never closed).
 */
export async function insertRound(
  db: Db,
  values: {
    groupId: string;
    openedByAccountId: string;
    state: 'open' | 'closed' | 'expired';
    openedAt?: string;
    closedAt?: string;
  },
): Promise<{ id: string; openedAt: string; closesOn: string; closedAt: string | null }> {
  const openedAt = values.openedAt ?? new Date(Date.now() - 10 * 86_400_000).toISOString();
  const closesOn = values.state === 'expired' ? dayFromToday(-2) : dayFromToday(7);
  const closedAt = values.state === 'closed' ? (values.closedAt ?? new Date().toISOString()) : null;
  const id = newId();
  await db
    .insertInto('evaluation_rounds')
    .values({
      id,
      group_id: values.groupId,
      meeting_id: null,
      opened_at: openedAt,
      opened_by_account_id: values.openedByAccountId,
      closes_on: closesOn,
      closed_at: closedAt,
      closed_by_account_id: closedAt === null ? null : values.openedByAccountId,
    })
    .execute();
  return { id, openedAt, closesOn, closedAt };
}

/** A response as stored: scale scores (a scale left out has no score) and answers by linkId. */
export interface StoredResponse {
  showWhenAlone: boolean;
  signed: boolean;
  scores: Readonly<Record<string, number>>;
  answers?: Readonly<Record<string, AnswerValue>>;
}

/**
 * Someone asked in the round, on Regie's own instrument of their type unless `instrument` names a
 * loaded one; with `response` they answered it.
 */
export async function insertRespondent(
  db: Db,
  values: {
    roundId: string;
    accountId: string;
    memberId?: string | null;
    name: string;
    respondentType: RespondentType;
    instrument?: { id: string; url: string; version: string };
    response?: StoredResponse;
  },
): Promise<string> {
  const regie = regieInstrument(values.respondentType, 'nl');
  const id = newId();
  const { response } = values;
  await db
    .insertInto('evaluation_respondents')
    .values({
      id,
      round_id: values.roundId,
      account_id: values.accountId,
      member_id: values.memberId ?? null,
      name: values.name,
      respondent_type: values.respondentType,
      instrument_source: values.instrument?.id ?? 'regie',
      instrument_url: values.instrument?.url ?? regie.url,
      instrument_version: values.instrument?.version ?? regie.version,
      invited_at: new Date().toISOString(),
      answered_at: response ? new Date().toISOString() : null,
      show_when_alone: response ? Number(response.showWhenAlone) : null,
      signed: response ? Number(response.signed) : null,
    })
    .execute();
  if (!response) return id;
  const answers = Object.entries(response.answers ?? {});
  if (answers.length > 0)
    await db
      .insertInto('evaluation_answers')
      .values(answers.map(([linkId, value]) => ({ respondent_id: id, link_id: linkId, value: JSON.stringify(value) })))
      .execute();
  const scores = Object.entries(response.scores);
  if (scores.length > 0)
    await db
      .insertInto('evaluation_scores')
      .values(scores.map(([scaleId, score]) => ({ respondent_id: id, scale_id: scaleId, score, answered: 3 })))
      .execute();
  return id;
}

/** Scores on Regie's four themes, in their order. */
export const themeScores = (heard: number, roles: number, direction: number, progress: number) => ({
  heard,
  roles,
  direction,
  progress,
});

/** A small valid definition an organisation could load, with one scale and an open question. */
export function loadableDefinition(values: { url?: string; version?: string; title?: string } = {}) {
  return {
    resourceType: 'Questionnaire',
    url: values.url ?? 'https://example.org/Questionnaire/r-met-client',
    version: values.version ?? '2.0',
    title: values.title ?? 'R-MET cliënt',
    status: 'active',
    item: [
      {
        linkId: 'q1',
        text: 'Ik voel me gehoord',
        type: 'choice',
        required: true,
        answerOption: [1, 2, 3, 4, 5].map((n) => ({ valueCoding: { code: String(n), display: String(n) } })),
      },
      { linkId: 'q2', text: 'Wat wilt u nog kwijt?', type: 'text' },
    ],
    scoring: {
      scales: [{ id: 'gehoord', title: 'Gehoord worden', items: ['q1'], method: 'mean', min: 1, max: 5, minAnswered: 1 }],
    },
  };
}

/** An instrument the organisation loaded, as the admin's upload stores it (the definition above). */
export async function insertInstrument(
  db: Db,
  values: { organisationId: string; loadedByAccountId: string; respondentType?: RespondentType; version?: string },
): Promise<{ id: string }> {
  const definition = loadableDefinition({ version: values.version ?? newId() });
  const id = newId();
  await db
    .insertInto('instruments')
    .values({
      id,
      organisation_id: values.organisationId,
      respondent_type: values.respondentType ?? 'client',
      url: definition.url,
      version: definition.version,
      title: definition.title,
      definition: JSON.stringify(definition),
      loaded_at: new Date().toISOString(),
      loaded_by_account_id: values.loadedByAccountId,
      retired_at: null,
      retired_by_account_id: null,
    })
    .execute();
  return { id };
}
