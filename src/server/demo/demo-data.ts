import { hashPassword } from '../platform/auth/password.js';
import type { Db, DbTransaction } from '../platform/db/database.js';
import { newId, nowIso } from '../platform/ids/ids.js';
import { loadDemoEvaluations } from './demo-evaluations.js';
import { loadDemoGroups } from './demo-groups.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoPlans } from './demo-plans.js';

/** Every demo account signs in with this password (README lists the accounts). */
export const demoPassword = 'Demo-regie-2026';
/**
 * Every demo professional's second factor (the README says how to get a code). Public, so that
 * anyone can try the demo; a real account gets its own secret at enrolment.
 */
export const demoTotpSecret = 'JBSWY3DPEHPK3PXP';

interface DemoProfessional {
  email: string;
  name: string;
  role: string;
  team: 'noord' | 'oost' | null;
  organisation: 'ggz' | 'oost';
}

const professionals: DemoProfessional[] = [
  { email: 'admin@demo.regie.test', name: 'Anouk de Boer', role: 'admin', team: null, organisation: 'ggz' },
  { email: 'teamlead@demo.regie.test', name: 'Marloes Hendriks', role: 'team_lead', team: 'noord', organisation: 'ggz' },
  { email: 'coordinator@demo.regie.test', name: 'Esmee van Dijk', role: 'coordinator', team: 'noord', organisation: 'ggz' },
  { email: 'clinician@demo.regie.test', name: 'Ruben Vermeulen', role: 'clinician', team: 'noord', organisation: 'ggz' },
  // Coordinated Daan's group until he handed it to Esmee (demo-groups.ts).
  { email: 'coordinator2@demo.regie.test', name: 'Jeroen Kok', role: 'coordinator', team: 'noord', organisation: 'ggz' },
  { email: 'researcher@demo.regie.test', name: 'Tom Peters', role: 'researcher', team: null, organisation: 'ggz' },
  { email: 'coordinator@oost.regie.test', name: 'Yusuf Demir', role: 'coordinator', team: 'oost', organisation: 'oost' },
];

const clients = [
  { email: 'client1@demo.regie.test', name: 'Joep Bakker', team: 'noord' },
  { email: 'client2@demo.regie.test', name: 'Fatima El Amrani', team: 'noord' },
  { email: 'client3@demo.regie.test', name: 'Sanne de Wit', team: 'noord' },
  { email: 'client4@demo.regie.test', name: 'Kees Jansen', team: 'noord' },
  { email: 'client5@demo.regie.test', name: 'Noor Visser', team: 'noord' },
  { email: 'client6@demo.regie.test', name: 'Daan Smit', team: 'noord' },
  { email: 'client7@oost.regie.test', name: 'Ilse Mulder', team: 'oost' },
] as const;

const relatives = [
  { email: 'relative1@demo.regie.test', name: 'Lotte Bakker', relation: 'partner', client: 'client1@demo.regie.test' },
  { email: 'relative2@demo.regie.test', name: 'Karim El Amrani', relation: 'sibling', client: 'client2@demo.regie.test' },
  { email: 'relative3@demo.regie.test', name: 'Ria de Wit', relation: 'parent', client: 'client3@demo.regie.test' },
  { email: 'relative4@demo.regie.test', name: 'Bram Kuipers', relation: 'friend', client: 'client4@demo.regie.test' },
  // Answer the evaluation rounds of Noor's and Daan's groups as their only relative with an account.
  { email: 'relative5@demo.regie.test', name: 'Jolien Bosman', relation: 'friend', client: 'client5@demo.regie.test' },
  { email: 'relative6@demo.regie.test', name: 'Lars Smit', relation: 'sibling', client: 'client6@demo.regie.test' },
] as const;

/** True when the database holds no organisation yet: demo data is only ever loaded into an empty one. */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo organisations, teams, people and resource groups in one transaction. The groups'
 * dates count back from `today`, so that the demo looks current whenever it is loaded.
 */
export async function loadDemoData(db: Db, today: Date = new Date()): Promise<void> {
  // One hash for all: the password is the same and argon2 is slow on purpose.
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction().execute(async (trx) => {
    const createdAt = nowIso();
    const organisations = { ggz: newId(), oost: newId() };
    await trx
      .insertInto('organisations')
      .values([
        { id: organisations.ggz, name: 'GGZ Voorbeeld', kind: 'ggz', created_at: createdAt },
        { id: organisations.oost, name: 'Wijkteam Oost', kind: 'social', created_at: createdAt },
      ])
      .execute();
    const teams = { noord: newId(), oost: newId() };
    await trx
      .insertInto('teams')
      .values([
        { id: teams.noord, organisation_id: organisations.ggz, name: 'FACT Noord', type: 'fact', created_at: createdAt },
        { id: teams.oost, organisation_id: organisations.oost, name: 'Wijkteam Oost', type: 'social', created_at: createdAt },
      ])
      .execute();

    const insertAccount = async (trxn: DbTransaction, email: string, kind: string) => {
      const id = newId();
      // Professionals must have a second factor; demo clients and relatives start without one.
      const secondFactor = kind === 'professional' ? { totp_secret: demoTotpSecret, totp_confirmed_at: createdAt } : {};
      await trxn
        .insertInto('accounts')
        .values({
          id,
          email,
          password_hash: passwordHash,
          kind,
          locale: 'nl',
          disabled_at: null,
          created_at: createdAt,
          ...secondFactor,
        })
        .execute();
      return id;
    };

    const professionalIds = new Map<string, string>();
    for (const professional of professionals) {
      const id = newId();
      professionalIds.set(professional.email, id);
      await trx
        .insertInto('professionals')
        .values({
          id,
          account_id: await insertAccount(trx, professional.email, 'professional'),
          organisation_id: organisations[professional.organisation],
          team_id: professional.team ? teams[professional.team] : null,
          name: professional.name,
          role: professional.role,
          created_at: createdAt,
        })
        .execute();
    }

    const clientIds = new Map<string, string>();
    for (const client of clients) {
      const id = newId();
      clientIds.set(client.email, id);
      const coordinator = client.team === 'noord' ? 'coordinator@demo.regie.test' : 'coordinator@oost.regie.test';
      await trx
        .insertInto('clients')
        .values({
          id,
          account_id: await insertAccount(trx, client.email, 'client'),
          team_id: teams[client.team],
          coordinator_id: professionalIds.get(coordinator) ?? '',
          name: client.name,
          created_at: createdAt,
        })
        .execute();
    }

    for (const relative of relatives) {
      await trx
        .insertInto('relatives')
        .values({
          id: newId(),
          account_id: await insertAccount(trx, relative.email, 'relative'),
          client_id: clientIds.get(relative.client) ?? '',
          name: relative.name,
          email: relative.email,
          relation: relative.relation,
          created_at: createdAt,
        })
        .execute();
    }

    await loadDemoGroups(trx, today);
    await loadDemoPlans(trx, today);
    await loadDemoMeetings(trx, today);
    await loadDemoEvaluations(trx, today);
  });
}
