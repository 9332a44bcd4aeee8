/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and ids are UUID strings in both
 * dialects, so that rows look the same on SQLite and PostgreSQL (see docs/decisions.md).
 */
export interface DatabaseSchema {
  organisations: OrganisationTable;
  teams: TeamTable;
  accounts: AccountTable;
  professionals: ProfessionalTable;
  clients: ClientTable;
  relatives: RelativeTable;
  sessions: SessionTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  type: string;
  created_at: string;
}

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string | null;
  kind: string;
  locale: string;
  disabled_at: string | null;
  created_at: string;
}

export interface ProfessionalTable {
  id: string;
  account_id: string;
  organisation_id: string;
  team_id: string | null;
  name: string;
  role: string;
  created_at: string;
}

export interface ClientTable {
  id: string;
  account_id: string | null;
  team_id: string;
  coordinator_id: string;
  name: string;
  created_at: string;
}

export interface RelativeTable {
  id: string;
  account_id: string | null;
  client_id: string;
  name: string;
  email: string | null;
  relation: string;
  created_at: string;
}

export interface SessionTable {
  id_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}
