// Shared by the team's integration tests (and the route tables that need an improvement action):
// evaluation rounds written straight into the tables, with answers and scores, as the evaluations
// feature would leave them, and an improvement action. Not used by the app.
import type { RespondentType } from '../../../domain/evaluations.js';
import { regieInstrumentUrls } from '../../../domain/regie-evaluation.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** Someone asked in a seeded round. */
export interface SeededRespondent {
  accountId: string;
  /** Null for the client. */
  memberId: string | null;
  name: string;
  type: RespondentType;
  /** Left out: asked, not answered. */
  answeredAt?: string;
  showWhenAlone?: boolean;
  signed?: boolean;
  /** Scale id → score. */
  scores?: Readonly<Record<string, number>>;
  /** linkId → the answer as stored (an AnswerValue). */
  answers?: Readonly<Record<string, unknown>>;
}

/**
 * A round of the group on Regie's own instruments (version 1), with its respondents, their answers
 * and scores. Closed when `closedAt` is given or `closesOn` has passed.
 */
export async function seedEvaluationRound(
  db: Db,
  values: {
    groupId: string;
    openedByAccountId: string;
    openedAt?: string;
    closesOn: string;
    closedAt?: string | null;
    respondents: readonly SeededRespondent[];
  },
): Promise<{ id: string; respondentIds: string[] }> {
  const id = newId();
  await db
    .insertInto('evaluation_rounds')
    .values({
      id,
      group_id: values.groupId,
      meeting_id: null,
      opened_at: values.openedAt ?? nowIso(),
      opened_by_account_id: values.openedByAccountId,
      closes_on: values.closesOn,
      closed_at: values.closedAt ?? null,
      closed_by_account_id: values.closedAt ? values.openedByAccountId : null,
    })
    .execute();
  const respondentIds: string[] = [];
  for (const respondent of values.respondents) {
    const respondentId = newId();
    respondentIds.push(respondentId);
    const answered = respondent.answeredAt !== undefined;
    await db
      .insertInto('evaluation_respondents')
      .values({
        id: respondentId,
        round_id: id,
        account_id: respondent.accountId,
        member_id: respondent.memberId,
        name: respondent.name,
        respondent_type: respondent.type,
        instrument_source: 'regie',
        instrument_url: regieInstrumentUrls[respondent.type],
        instrument_version: '1',
        invited_at: values.openedAt ?? nowIso(),
        answered_at: respondent.answeredAt ?? null,
        show_when_alone: answered ? Number(respondent.showWhenAlone ?? false) : null,
        signed: answered ? Number(respondent.signed ?? false) : null,
      })
      .execute();
    const answers = Object.entries(respondent.answers ?? {});
    if (answers.length > 0)
      await db
        .insertInto('evaluation_answers')
        .values(
          answers.map(([linkId, value]) => ({ respondent_id: respondentId, link_id: linkId, value: JSON.stringify(value) })),
        )
        .execute();
    const scores = Object.entries(respondent.scores ?? {});
    if (scores.length > 0)
      await db
        .insertInto('evaluation_scores')
        .values(scores.map(([scaleId, score]) => ({ respondent_id: respondentId, scale_id: scaleId, score, answered: 3 })))
        .execute();
  }
  return { id, respondentIds };
}

/** An improvement action of the team, planned: what and why only, unless told otherwise. */
export async function createQualityAction(
  db: Db,
  values: {
    teamId: string;
    createdByAccountId: string;
    what?: string;
    theme?: string | null;
    ownerProfessionalId?: string | null;
  },
): Promise<{ id: string }> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('quality_actions')
    .values({
      id,
      team_id: values.teamId,
      theme: values.theme ?? null,
      what: values.what ?? 'Iedereen vooraf vragen wat op de agenda moet',
      why: 'Naasten voelen zich minder gehoord',
      owner_professional_id: values.ownerProfessionalId ?? null,
      due_on: null,
      check_result: null,
      checked_on: null,
      decision: null,
      decision_note: null,
      created_at: now,
      created_by_account_id: values.createdByAccountId,
      updated_at: now,
      updated_by_account_id: values.createdByAccountId,
    })
    .execute();
  return { id };
}

/** A valid body for an improvement action: planned only, new words on every call. */
let serial = 0;
export function qualityActionBody(values: Record<string, unknown> = {}) {
  return {
    theme: 'heard',
    what: `Vooraf ieders agendapunten ophalen ${++serial}`,
    why: 'De naasten scoren laag op gehoord worden',
    ownerProfessionalId: null,
    dueOn: null,
    checkResult: null,
    checkedOn: null,
    decision: null,
    decisionNote: null,
    ...values,
  };
}
