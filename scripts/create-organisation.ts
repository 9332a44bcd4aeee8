// Creates an organisation with its first administrator, for a deployment without demo data:
// someone has to be able to sign in before anything can be made through the app.
//
//   REGIE_ADMIN_PASSWORD='…' npm run organisation:create -- --name "GGZ Noord" --kind ggz \
//     --admin-name "Anna de Vries" --admin-email anna@ggz-noord.nl
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { emailSchema, nameSchema } from '../src/shared/fields.js';
import { organisationKinds } from '../src/shared/organisations.js';
import { hashPassword } from '../src/server/platform/auth/password.js';
import { loadConfig } from '../src/server/platform/config.js';
import { isUniqueViolation, openDatabase } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrate.js';
import { newId, nowIso } from '../src/server/platform/ids/ids.js';

const inputSchema = z.object({
  name: nameSchema,
  kind: z.enum(organisationKinds),
  adminName: nameSchema,
  adminEmail: emailSchema,
  password: z.string().min(8, { message: 'REGIE_ADMIN_PASSWORD must be at least 8 characters (15 or more is better)' }).max(128),
});

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    kind: { type: 'string', default: 'ggz' },
    'admin-name': { type: 'string' },
    'admin-email': { type: 'string' },
  },
});
const parsed = inputSchema.safeParse({
  name: values.name,
  kind: values.kind,
  adminName: values['admin-name'],
  adminEmail: values['admin-email'],
  password: process.env.REGIE_ADMIN_PASSWORD,
});
if (!parsed.success) {
  console.error('Cannot create the organisation:');
  for (const issue of parsed.error.issues) console.error(`  - ${issue.path.join('.') || 'input'}: ${issue.message}`);
  console.error('Usage: REGIE_ADMIN_PASSWORD=… npm run organisation:create -- --name NAME --kind ggz|social|youth|other --admin-name NAME --admin-email EMAIL');
  process.exit(2);
}
const input = parsed.data;

const db = openDatabase(loadConfig().database);
try {
  await migrateToLatest(db);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const createdAt = nowIso();
    const organisationId = newId();
    const accountId = newId();
    await trx.insertInto('organisations').values({ id: organisationId, name: input.name, kind: input.kind, created_at: createdAt }).execute();
    await trx
      .insertInto('accounts')
      .values({ id: accountId, email: input.adminEmail, password_hash: passwordHash, kind: 'professional', locale: 'nl', disabled_at: null, created_at: createdAt })
      .execute();
    await trx
      .insertInto('professionals')
      .values({ id: newId(), account_id: accountId, organisation_id: organisationId, team_id: null, name: input.adminName, role: 'admin', created_at: createdAt })
      .execute();
  });
  console.log(`Created "${input.name}" with administrator ${input.adminEmail}.`);
} catch (error) {
  if (!isUniqueViolation(error)) throw error;
  console.error('An organisation with this name, or an account with this email address, already exists.');
  process.exitCode = 2;
} finally {
  await db.destroy();
}
