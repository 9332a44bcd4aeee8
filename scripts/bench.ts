/**
 * `npm run bench`: how fast does Regie answer a signed-in request, measured against a bare Fastify
 * route in the same run on the same machine (the yardstick)?
 *
 * Builds a fresh database with the demo data and a larger generated set, starts Regie and a bare
 * Fastify app in this process on 127.0.0.1, signs in as the demo coordinator and loads each target
 * with autocannon, one after the other. It prints the figures and never asserts on them; it exits 1
 * only when the run itself went wrong (setup failed, or more than 1% of responses were not 2xx).
 *
 * Settings (environment): BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (50),
 * BENCH_WARMUP seconds per target (2), BENCH_DATABASE_URL=postgres://… to run Regie on PostgreSQL
 * (a fresh database is created on that server and dropped afterwards; SQLite in a temporary folder
 * otherwise).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { buildApp, type AppConfig } from '../src/server/app.js';
import { demoPassword, demoTotpSecret, loadDemoData } from '../src/server/demo/demo-data.js';
import { hashPassword } from '../src/server/platform/auth/password.js';
import { sessionCookieName } from '../src/server/platform/auth/session-token.js';
import { totpCode } from '../src/server/platform/auth/totp.js';
import type { Database } from '../src/server/platform/config.js';
import { openDatabase, type Db } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrate.js';
import type { DatabaseSchema } from '../src/server/platform/db/schema.js';
import { newId, nowIso } from '../src/server/platform/ids/ids.js';

// autocannon ships no type declarations; these are the parts of its programmatic API used here.
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  workers?: number;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const coordinatorEmail = 'coordinator@demo.regie.test';
const goalRatio = 0.5;
const maxFailedShare = 0.01;

interface Settings {
  duration: number;
  warmup: number;
  connections: number;
  postgresUrl: string | undefined;
}

function readSettings(): Settings {
  const whole = (name: string, fallback: number, min: number) => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${raw}"`);
    return value;
  };
  const postgresUrl = process.env.BENCH_DATABASE_URL;
  if (postgresUrl && !/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new Error('BENCH_DATABASE_URL must be a postgres://… address (SQLite is used when it is not set)');
  }
  return {
    duration: whole('BENCH_DURATION', 10, 1),
    warmup: whole('BENCH_WARMUP', 2, 0),
    connections: whole('BENCH_CONNECTIONS', 50, 1),
    postgresUrl: postgresUrl ?? undefined,
  };
}

interface BenchDatabase {
  db: Db;
  label: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database: a SQLite file in a temporary folder, or a new PostgreSQL database. */
async function openBenchDatabase(postgresUrl: string | undefined): Promise<BenchDatabase> {
  if (postgresUrl === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'regie-bench-'));
    const db = openDatabase({ dialect: 'sqlite', path: join(folder, 'regie.sqlite') });
    return {
      db,
      label: 'SQLite (temporary file)',
      drop: async () => {
        await db.destroy().catch(() => undefined);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const name = `regie_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database: Database = { dialect: 'postgres', url: url.toString() };
  const db = openDatabase(database);
  return {
    db,
    label: `PostgreSQL (database ${name}, dropped afterwards)`,
    drop: async () => {
      await db.destroy().catch(() => undefined);
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const shape = { organisations: 20, teamsPerOrganisation: 5, clientsPerTeam: 30, relativesPerClient: 2 };
// Per team: a team lead, two coordinators, two clinicians and a professional; per organisation an admin.
const teamRoles = ['team_lead', 'coordinator', 'coordinator', 'clinician', 'clinician', 'professional'] as const;
const batchSize = 500;

type Rows<T extends keyof DatabaseSchema> = Insertable<DatabaseSchema[T]>[];

/** Adds the generated organisations, teams, professionals, clients and relatives; returns counts. */
async function generateData(db: Db): Promise<Record<string, number>> {
  const passwordHash = await hashPassword(demoPassword);
  const createdAt = nowIso();
  const rows = {
    organisations: [] as Rows<'organisations'>,
    teams: [] as Rows<'teams'>,
    accounts: [] as Rows<'accounts'>,
    professionals: [] as Rows<'professionals'>,
    clients: [] as Rows<'clients'>,
    relatives: [] as Rows<'relatives'>,
  };
  const account = (email: string, kind: string) => {
    const id = newId();
    rows.accounts.push({
      id,
      email,
      password_hash: passwordHash,
      kind,
      locale: 'nl',
      disabled_at: null,
      created_at: createdAt,
    });
    return id;
  };

  for (let o = 1; o <= shape.organisations; o++) {
    const organisationId = newId();
    rows.organisations.push({ id: organisationId, name: `Bench GGZ ${o}`, kind: 'ggz', created_at: createdAt });
    rows.professionals.push({
      id: newId(),
      account_id: account(`admin.o${o}@bench.regie.test`, 'professional'),
      organisation_id: organisationId,
      team_id: null,
      name: `Beheerder ${o}`,
      role: 'admin',
      created_at: createdAt,
    });
    for (let t = 1; t <= shape.teamsPerOrganisation; t++) {
      const teamId = newId();
      rows.teams.push({ id: teamId, organisation_id: organisationId, name: `FACT ${t}`, type: 'fact', created_at: createdAt });
      const coordinators: string[] = [];
      teamRoles.forEach((role, p) => {
        const id = newId();
        if (role === 'coordinator') coordinators.push(id);
        rows.professionals.push({
          id,
          account_id: account(`p${p}.t${t}.o${o}@bench.regie.test`, 'professional'),
          organisation_id: organisationId,
          team_id: teamId,
          name: `Professional ${o}-${t}-${p}`,
          role,
          created_at: createdAt,
        });
      });
      for (let c = 1; c <= shape.clientsPerTeam; c++) {
        const clientId = newId();
        rows.clients.push({
          id: clientId,
          account_id: account(`c${c}.t${t}.o${o}@bench.regie.test`, 'client'),
          team_id: teamId,
          coordinator_id: coordinators[c % coordinators.length] ?? '',
          name: `Cliënt ${o}-${t}-${c}`,
          created_at: createdAt,
        });
        for (let r = 1; r <= shape.relativesPerClient; r++) {
          const email = `r${r}.c${c}.t${t}.o${o}@bench.regie.test`;
          rows.relatives.push({
            id: newId(),
            account_id: account(email, 'relative'),
            client_id: clientId,
            name: `Naaste ${o}-${t}-${c}-${r}`,
            email,
            relation: r === 1 ? 'partner' : 'friend',
            created_at: createdAt,
          });
        }
      }
    }
  }

  // Parents before children (foreign keys); one transaction per table, in batches.
  const order = ['organisations', 'teams', 'accounts', 'professionals', 'clients', 'relatives'] as const;
  for (const table of order) {
    const all = rows[table] as Insertable<DatabaseSchema[typeof table]>[];
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < all.length; i += batchSize) {
        await trx
          .insertInto(table)
          .values(all.slice(i, i + batchSize))
          .execute();
      }
    });
  }
  return Object.fromEntries(order.map((table) => [table, rows[table].length]));
}

/** The yardstick: Fastify with one JSON route and nothing else (no hooks, plugins or database). */
function buildBareApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  const body = {
    accountId: '6f1c1d5e-3c1a-4a63-9d55-1f1a2b3c4d5e',
    email: coordinatorEmail,
    name: 'Esmee van Dijk',
    role: 'coordinator',
    locale: 'nl',
    organisation: { id: '0b8f1b9e-7c55-4d0e-a7a1-2c7c0e3f9a10', name: 'GGZ Voorbeeld' },
    team: { id: '9a4e6c1d-2b3f-4e5a-8c7d-6e5f4a3b2c1d', name: 'FACT Noord' },
    clientId: null,
    relativeOf: [],
  };
  app.get('/bare', async () => body);
  return app;
}

async function listenOnFreePort(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The session cookie an answer set, as "name=value". */
function sessionCookieOf(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${sessionCookieName}=`));
}

/** Signs the demo coordinator in: the password, then the code from the demo authenticator secret. */
async function signIn(baseUrl: string): Promise<string> {
  const headers = { 'content-type': 'application/json', 'x-regie-csrf': '1' };
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: coordinatorEmail, password: demoPassword }),
  });
  if (response.status !== 200)
    throw new Error(`signing in as ${coordinatorEmail} failed: ${response.status} ${await response.text()}`);
  const pending = sessionCookieOf(response);
  if (!pending) throw new Error('signing in set no session cookie');
  const { next } = (await response.json()) as { next: string };
  if (next !== 'second_factor') return pending;
  const second = await fetch(`${baseUrl}/api/auth/second-factor`, {
    method: 'POST',
    headers: { ...headers, cookie: pending },
    body: JSON.stringify({ code: await totpCode(demoTotpSecret) }),
  });
  if (second.status !== 200) throw new Error(`the second factor of ${coordinatorEmail} failed: ${second.status} ${await second.text()}`);
  const session = sessionCookieOf(second);
  if (!session) throw new Error('the second factor set no session cookie');
  return session;
}

/** Checks one request before loading it, so that a broken target fails with its own answer. */
async function probe(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text.length;
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

interface Measurement {
  target: Target;
  result: AutocannonResult;
  failedShare: number;
}

async function load(target: Target, settings: Settings): Promise<Measurement> {
  // One worker thread generates the load, so that it does not share this thread's event loop with
  // the servers it measures (both still share the machine's cores).
  const options = { url: target.url, connections: settings.connections, headers: target.headers, workers: 1 };
  if (settings.warmup > 0) await autocannon({ ...options, duration: settings.warmup });
  const result = await autocannon({ ...options, duration: settings.duration });
  const total = result['2xx'] + result.non2xx + result.errors + result.timeouts;
  const failed = result.non2xx + result.errors + result.timeouts;
  return { target, result, failedShare: total === 0 ? 1 : failed / total };
}

function printTable(measurements: Measurement[], settings: Settings, databaseLabel: string): void {
  const header = ['target', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'];
  const lines = measurements.map(({ target, result }) => [
    target.name,
    Math.round(result.requests.average).toLocaleString('en-GB'),
    result.latency.p50.toFixed(0),
    result.latency.p99.toFixed(0),
    String(result.non2xx),
    String(result.errors + result.timeouts),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log('');
  console.log(
    `Regie benchmark: ${settings.connections} connections, ${settings.duration} s per target after ${settings.warmup} s warm-up; ${databaseLabel}`,
  );
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

function printRatio(measurements: Measurement[]): void {
  const rate = (name: string) => measurements.find((m) => m.target.name === name)?.result.requests.average ?? 0;
  const bare = rate('bare Fastify');
  const me = rate('GET /api/me');
  const ratio = bare > 0 ? me / bare : 0;
  const verdict = ratio >= goalRatio ? 'met' : 'NOT met';
  console.log('');
  console.log(`/api/me ÷ bare Fastify: ${ratio.toFixed(2)} (goal ≥ ${goalRatio.toFixed(2)}: ${verdict})`);
}

async function main(): Promise<number> {
  const settings = readSettings();
  // Bounded in time: setup, three warm-ups and three runs, with room to spare.
  const limitMs = (3 * (settings.duration + settings.warmup) + 180) * 1000;
  const watchdog = setTimeout(() => {
    console.error(`The benchmark did not finish within ${limitMs / 1000} s; stopping.`);
    process.exit(1);
  }, limitMs);
  watchdog.unref();

  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const database = await openBenchDatabase(settings.postgresUrl);
    cleanups.push(() => database.drop());
    await migrateToLatest(database.db);
    await loadDemoData(database.db);
    const started = performance.now();
    const counts = await generateData(database.db);
    console.log(
      `Generated in ${((performance.now() - started) / 1000).toFixed(1)} s on top of the demo data: ` +
        Object.entries(counts)
          .map(([table, count]) => `${count} ${table}`)
          .join(', '),
    );

    const config: AppConfig = {
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      publicOrigin: undefined,
      trustProxy: false,
      webRoot: join(tmpdir(), 'regie-bench-no-web-app'),
      logLevel: 'silent',
      linkOrigin: 'http://localhost',
      mail: { transport: 'outbox', from: 'Regie <noreply@regie.invalid>' },
    };
    const regie = await buildApp(config, database.db);
    cleanups.unshift(() => regie.close());
    const regieUrl = await listenOnFreePort(regie);
    const bare = buildBareApp();
    cleanups.unshift(() => bare.close());
    const bareUrl = await listenOnFreePort(bare);

    const cookie = await signIn(regieUrl);
    const signedIn = { cookie };
    const targets: Target[] = [
      { name: 'bare Fastify', url: `${bareUrl}/bare`, headers: {} },
      { name: 'GET /api/me', url: `${regieUrl}/api/me`, headers: signedIn },
      { name: 'GET /api/clients', url: `${regieUrl}/api/clients`, headers: signedIn },
    ];
    for (const target of targets) {
      const bytes = await probe(target.url, target.headers);
      console.log(`${target.name}: ${bytes} bytes per answer`);
    }

    const measurements: Measurement[] = [];
    for (const target of targets) {
      console.log(`Loading ${target.name}…`);
      measurements.push(await load(target, settings));
    }
    printTable(measurements, settings, database.label);
    printRatio(measurements);

    const broken = measurements.filter((m) => m.failedShare > maxFailedShare);
    for (const { target, result, failedShare } of broken) {
      const codes = Object.entries(result.statusCodeStats)
        .map(([code, { count }]) => `${code}×${count}`)
        .join(', ');
      console.error(
        `\n${target.name}: ${(failedShare * 100).toFixed(1)}% of requests failed (more than ${maxFailedShare * 100}%): ` +
          `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; status codes: ${codes || 'none'}. ` +
          'The figures above do not measure what they claim.',
      );
    }
    return broken.length > 0 ? 1 : 0;
  } finally {
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) => console.error('Cleaning up failed:', error));
    }
    clearTimeout(watchdog);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The benchmark could not run:', error);
    process.exit(1);
  },
);
