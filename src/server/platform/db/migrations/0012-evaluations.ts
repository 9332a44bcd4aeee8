import type { Kysely } from 'kysely';

// Evaluation on the R-MET themes (PRODUCT.md §7) and the team's quality cycle (§8): instrument
// definitions an organisation loads, evaluation rounds of a group, who was asked and what they
// answered, the scores their answers gave, and the team's improvement actions. Forward-only.
// Regie's own instruments live in code (src/domain/regie-evaluation.ts), versioned there; only
// definitions an organisation loads are stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A definition an organisation admin loaded from a file, for one respondent type. The newest
  // active one of a type is asked in new rounds instead of Regie's own; retiring it brings Regie's
  // back. Never deleted: answers name the definition they were given on.
  await db.schema
    .createTable('instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('respondent_type', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The checked definition (src/domain/instruments.ts) as JSON.
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addColumn('loaded_by_account_id', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('retired_by_account_id', 'text')
    .addUniqueConstraint('instruments_organisation_url_version_type', ['organisation_id', 'url', 'version', 'respondent_type'])
    .execute();

  // A round of the group: opened by the client or their coordinator, open until `closes_on` (an
  // Amsterdam calendar day, inclusive), until everyone asked has answered, or until closed early.
  // `meeting_id`: the meeting whose agenda the results are for, if any.
  await db.schema
    .createTable('evaluation_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by_account_id', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by_account_id', 'text')
    .execute();
  await db.schema.createIndex('evaluation_rounds_group').on('evaluation_rounds').columns(['group_id', 'opened_at']).execute();

  // Everyone asked in a round: the client (`member_id` null) or an active member, with the
  // instrument of their respondent type at the moment the round opened. A member without an account
  // (`account_id` null) answers through a personal link mailed to their address on the network map:
  // only its hash is kept (`link_token_hash`, replaced by each newer link, cleared once answered),
  // made when the mail is sent (`link_sent_at`). `show_when_alone` is the respondent's consent to
  // show their type's results when they are its only respondent; `signed` whether their open remarks
  // carry their name.
  await db.schema
    .createTable('evaluation_respondents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('evaluation_rounds.id'))
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('member_id', 'text', (c) => c.references('group_members.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('respondent_type', 'text', (c) => c.notNull())
    // 'regie': Regie's own instrument; else the id of an `instruments` row.
    .addColumn('instrument_source', 'text', (c) => c.notNull())
    .addColumn('instrument_url', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('show_when_alone', 'integer')
    .addColumn('signed', 'integer')
    .addColumn('link_token_hash', 'text', (c) => c.unique())
    .addColumn('link_sent_at', 'text')
    // NULL accounts do not collide (SQLite and PostgreSQL alike): many link respondents fit in one round.
    .addUniqueConstraint('evaluation_respondents_round_account', ['round_id', 'account_id'])
    .execute();
  await db.schema.createIndex('evaluation_respondents_account').on('evaluation_respondents').column('account_id').execute();

  // One answer per item (src/domain/instruments.ts AnswerValue, as JSON). Written once, with the
  // response; only the respondent ever reads them back, and only aggregated for anyone else.
  await db.schema
    .createTable('evaluation_answers')
    .addColumn('respondent_id', 'text', (c) => c.notNull().references('evaluation_respondents.id'))
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_answers_pk', ['respondent_id', 'link_id'])
    .execute();

  // The scale scores a response gave (scoreResponse), kept so that results and the team's figures
  // are sums over rows, not re-scored answers. A scale without a score has no row.
  await db.schema
    .createTable('evaluation_scores')
    .addColumn('respondent_id', 'text', (c) => c.notNull().references('evaluation_respondents.id'))
    .addColumn('scale_id', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_scores_pk', ['respondent_id', 'scale_id'])
    .execute();

  // The team's improvement actions, one PDCA cycle each: plan (what, why, the theme it is about),
  // do (owner, by when), check (what the next round showed), act (keep, adjust, stop).
  await db.schema
    .createTable('quality_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('theme', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('owner_professional_id', 'text', (c) => c.references('professionals.id'))
    .addColumn('due_on', 'text')
    .addColumn('check_result', 'text')
    .addColumn('checked_on', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_account_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by_account_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quality_actions_team').on('quality_actions').columns(['team_id', 'created_at']).execute();
}
