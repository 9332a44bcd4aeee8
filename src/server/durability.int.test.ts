import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from './demo/demo-data.js';
import { hashRecoveryCode } from './platform/auth/totp.js';
import type { Db } from './platform/db/database.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

// SECURITY.md, durability: a write acknowledged to the user survives the server being killed.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  output: string[];
}

async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test', DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { child, baseUrl, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Regie did not start:\n${output.join('')}`);
}

/** Signs the demo admin in: the password, then a recovery code made for the purpose (a TOTP code works once). */
async function signIn(baseUrl: string, db: Db): Promise<string> {
  const headers = { 'content-type': 'application/json', 'x-regie-csrf': '1' };
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: 'admin@demo.regie.test', password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const pending = response.headers.get('set-cookie')?.split(';')[0];
  if (!pending) throw new Error('no session cookie');
  const account = await db.selectFrom('accounts').select('id').where('email', '=', 'admin@demo.regie.test').executeTakeFirstOrThrow();
  const code = randomBytes(8).toString('hex');
  await db.insertInto('recovery_codes').values({ code_hash: hashRecoveryCode(code), account_id: account.id, created_at: new Date().toISOString(), used_at: null }).execute();
  const second = await fetch(`${baseUrl}/api/auth/second-factor`, { method: 'POST', headers: { ...headers, cookie: pending }, body: JSON.stringify({ code }) });
  expect(second.status).toBe(200);
  const cookie = second.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('acknowledged writes survive a killed server', () => {
  let database: TestDatabase;
  let databaseUrl: string;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    databaseUrl = database.database.dialect === 'sqlite' ? `file:${database.database.path}` : database.database.url;
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await database.drop();
  });

  it('keeps every team whose creation was answered with 201', async () => {
    server = await startServer(databaseUrl);
    const cookie = await signIn(server.baseUrl, database.db);
    const acknowledged: string[] = [];
    const { baseUrl, child } = server;

    // Four writers in parallel; the server is killed without warning once 40 writes are answered.
    const writer = async (writerId: number) => {
      for (let i = 0; ; i++) {
        const name = `Duurzaam ${writerId}-${i}`;
        try {
          const response = await fetch(`${baseUrl}/api/teams`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-regie-csrf': '1', cookie },
            body: JSON.stringify({ name, type: 'fact' }),
          });
          if (response.status === 201) acknowledged.push(name);
          if (acknowledged.length >= 40 && child.exitCode === null) child.kill('SIGKILL');
        } catch {
          return; // the connection died with the server
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await killed(child);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    server = await startServer(databaseUrl);
    const after = await fetch(`${server.baseUrl}/api/organisation`, { headers: { cookie: await signIn(server.baseUrl, database.db) } });
    const teamNames = new Set(((await after.json()) as { teams: { name: string }[] }).teams.map((team) => team.name));
    expect(acknowledged.filter((name) => !teamNames.has(name))).toEqual([]);
    server.child.kill('SIGKILL');
    await killed(server.child);
  });
});
