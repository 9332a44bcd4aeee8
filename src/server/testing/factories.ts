import type { Role } from '../../shared/roles.js';
import { hashPassword } from '../platform/auth/password.js';
import type { Db } from '../platform/db/database.js';
import { newId, nowIso } from '../platform/ids/ids.js';

export const testPassword = 'Test-regie-wachtwoord-1';
/** The confirmed TOTP secret of every professional the factories make (professionals must have one). */
export const testTotpSecret = 'JBSWY3DPEHPK3PXP';

// argon2 is slow on purpose; one hash serves every account a test process makes.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(testPassword));

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${newId().slice(0, 8)}`;

export async function createOrganisation(db: Db, values: { name?: string; kind?: string } = {}) {
  const row = { id: newId(), name: values.name ?? unique('Organisatie'), kind: values.kind ?? 'ggz', created_at: nowIso() };
  await db.insertInto('organisations').values(row).execute();
  return row;
}

export async function createTeam(db: Db, organisationId: string, values: { name?: string; type?: string } = {}) {
  const row = { id: newId(), organisation_id: organisationId, name: values.name ?? unique('Team'), type: values.type ?? 'fact', created_at: nowIso() };
  await db.insertInto('teams').values(row).execute();
  return row;
}

async function createAccount(db: Db, kind: string, email: string | undefined, withPassword: boolean, withTotp = false) {
  const row = {
    id: newId(),
    email: email ?? `${unique(kind)}@test.regie.test`,
    password_hash: withPassword ? await testPasswordHash() : null,
    kind,
    locale: 'nl',
    disabled_at: null,
    created_at: nowIso(),
    totp_secret: withTotp ? testTotpSecret : null,
    totp_confirmed_at: withTotp ? nowIso() : null,
  };
  await db.insertInto('accounts').values(row).execute();
  return row;
}

export async function createProfessional(
  db: Db,
  values: { organisationId: string; teamId: string | null; role: Exclude<Role, 'client' | 'relative'>; email?: string; name?: string; withTotp?: boolean },
) {
  const account = await createAccount(db, 'professional', values.email, true, values.withTotp ?? true);
  const row = {
    id: newId(),
    account_id: account.id,
    organisation_id: values.organisationId,
    team_id: values.teamId,
    name: values.name ?? unique('Professional'),
    role: values.role,
    created_at: nowIso(),
  };
  await db.insertInto('professionals').values(row).execute();
  return { ...row, email: account.email };
}

export async function createClient(db: Db, values: { teamId: string; coordinatorId: string; withAccount?: boolean; name?: string }) {
  const account = values.withAccount === false ? null : await createAccount(db, 'client', undefined, true);
  const row = {
    id: newId(),
    account_id: account?.id ?? null,
    team_id: values.teamId,
    coordinator_id: values.coordinatorId,
    name: values.name ?? unique('Cliënt'),
    created_at: nowIso(),
  };
  await db.insertInto('clients').values(row).execute();
  return { ...row, email: account?.email ?? null };
}

export async function createRelative(db: Db, values: { clientId: string; name?: string; relation?: string }) {
  const account = await createAccount(db, 'relative', undefined, true);
  const row = {
    id: newId(),
    account_id: account.id,
    client_id: values.clientId,
    name: values.name ?? unique('Naaste'),
    email: account.email,
    relation: values.relation ?? 'friend',
    created_at: nowIso(),
  };
  await db.insertInto('relatives').values(row).execute();
  return row;
}

/**
 * Two organisations with a person in every role: enough to try each rule from the inside and the
 * outside. `home` is the organisation whose client the tests look at; `foreign` is the other.
 */
export async function createWorld(db: Db) {
  const home = await createOrganisation(db, { name: unique('GGZ') });
  const foreign = await createOrganisation(db, { name: unique('Wijkteam'), kind: 'social' });
  const team = await createTeam(db, home.id, { name: 'FACT Test' });
  const otherTeam = await createTeam(db, home.id, { name: 'Kliniek Test', type: 'clinical' });
  const foreignTeam = await createTeam(db, foreign.id, { name: 'Wijkteam Test', type: 'social' });
  const professional = (role: Exclude<Role, 'client' | 'relative'>, teamId: string | null, organisationId = home.id) =>
    createProfessional(db, { organisationId, teamId, role });

  const coordinator = await professional('coordinator', team.id);
  const clinician = await professional('clinician', team.id);
  const otherProfessional = await professional('professional', team.id);
  const teamLead = await professional('team_lead', team.id);
  const researcher = await professional('researcher', null);
  const admin = await professional('admin', null);
  const otherTeamCoordinator = await professional('coordinator', otherTeam.id);
  const foreignCoordinator = await professional('coordinator', foreignTeam.id, foreign.id);
  const foreignAdmin = await professional('admin', null, foreign.id);

  const client = await createClient(db, { teamId: team.id, coordinatorId: coordinator.id });
  const relative = await createRelative(db, { clientId: client.id });
  const otherClient = await createClient(db, { teamId: team.id, coordinatorId: coordinator.id });
  const otherRelative = await createRelative(db, { clientId: otherClient.id });
  const foreignClient = await createClient(db, { teamId: foreignTeam.id, coordinatorId: foreignCoordinator.id });

  return {
    home,
    foreign,
    team,
    otherTeam,
    foreignTeam,
    coordinator,
    clinician,
    otherProfessional,
    teamLead,
    researcher,
    admin,
    otherTeamCoordinator,
    foreignCoordinator,
    foreignAdmin,
    client,
    relative,
    otherClient,
    otherRelative,
    foreignClient,
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;
