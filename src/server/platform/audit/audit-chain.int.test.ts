import { spawn, spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asDatabaseAdministrator, auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../../testing/test-database.js';
import { openDatabase } from '../db/database.js';
import { newId } from '../ids/ids.js';
import { verifyAuditChain, type ChainVerdict } from './audit-chain.js';
import { auditRowHash, genesisHash } from './audit-hash.js';
import { createAuditLog, type AuditActor, type AuditEvent } from './audit-log.js';

const someone: AuditActor = { accountId: 'account-1', role: 'coordinator', organisationId: 'organisation-1' };
const reads = (count: number): AuditEvent[] =>
  Array.from({ length: count }, () => ({ action: 'read', dataCategory: 'client', clientId: newId() }));

// A separate Node process standing for another app instance: 40 reads (group commit) and 5 writes.
const appendWorker = `
  import { openDatabase } from './src/server/platform/db/database.js';
  import { createAuditLog } from './src/server/platform/audit/audit-log.js';
  const db = openDatabase(JSON.parse(process.env.REGIE_TEST_DATABASE));
  const audit = createAuditLog(db);
  const who = { accountId: 'worker-' + process.pid, role: 'coordinator', organisationId: null };
  await Promise.all([
    ...Array.from({ length: 40 }, () => audit.record(who, [{ action: 'read', dataCategory: 'client' }])),
    ...Array.from({ length: 5 }, () => db.transaction().execute((trx) => audit.append(trx, who, [{ action: 'create', dataCategory: 'client' }]))),
  ]);
  await audit.close();
  await db.destroy();
`;

function runAppendWorker(database: TestDatabase): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', appendWorker], {
      env: { ...process.env, REGIE_TEST_DATABASE: JSON.stringify(database.database) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const problemOf = (verdict: ChainVerdict) => (verdict.ok ? '' : verdict.problem);

/** A fresh database with `count` audit rows in it, for a test that breaks it. */
async function databaseWithRows(count: number): Promise<TestDatabase> {
  const database = await createTestDatabase();
  const audit = createAuditLog(database.db);
  await audit.record(someone, reads(count));
  await audit.close();
  return database;
}

describe('the audit chain', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('starts empty, at the genesis hash, and verifies', async () => {
    const heads = await t.db.selectFrom('audit_chain_head').selectAll().execute();
    expect(heads.map((head) => [head.id, Number(head.last_sequence), head.last_hash])).toEqual([[1, 0, genesisHash]]);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 0, lastHash: genesisHash });
  });

  it('links every row to the one before, without gaps', async () => {
    const audit = createAuditLog(t.db);
    await audit.record(someone, reads(3));
    await audit.close();
    const rows = await auditRowsAfter(t.db, 0);
    expect(rows.map((row) => row.sequence)).toEqual([1, 2, 3]);
    expect(rows[0]?.previous_hash).toBe(genesisHash);
    expect(rows[1]?.previous_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.previous_hash).toBe(rows[1]?.hash);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count: 3, lastHash: rows[2]?.hash });
  });

  it('commits a row appended in a transaction with it, and rolls it back with it', async () => {
    const audit = createAuditLog(t.db);
    const before = await lastAuditSequence(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await audit.append(trx, someone, [{ action: 'create', dataCategory: 'client' }]);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await lastAuditSequence(t.db)).toBe(before);
    expect(await auditRowsAfter(t.db, before)).toEqual([]);

    await t.db.transaction().execute((trx) => audit.append(trx, someone, [{ action: 'create', dataCategory: 'client' }]));
    expect((await auditRowsAfter(t.db, before)).map((row) => [row.sequence, row.action])).toEqual([[before + 1, 'create']]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count: before + 1 });
    await audit.close();
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await expect(sql`update audit_events set outcome = 'failed'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_events set network_address = null where sequence = 1`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events where sequence = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    if (testDialect() === 'postgres') {
      await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    }
    // The head only moves forward: winding it back or removing it would hide removed rows.
    await expect(sql`update audit_chain_head set last_sequence = 0`.execute(t.db)).rejects.toThrow(/only moves forward/);
    await expect(sql`delete from audit_chain_head`.execute(t.db)).rejects.toThrow(/only moves forward/);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('stays one unbroken chain when app processes append at once', async () => {
    // Three processes, each with group-committed reads and writes in transactions of its own.
    const before = await lastAuditSequence(t.db);
    const outcomes = await Promise.all([1, 2, 3].map(() => runAppendWorker(t)));
    for (const outcome of outcomes) expect(outcome.code, outcome.output).toBe(0);
    const rows = await auditRowsAfter(t.db, before);
    expect(rows).toHaveLength(3 * (40 + 5));
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, i) => before + 1 + i));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count: before + rows.length });
  });

  // In one process, two better-sqlite3 connections to one file block each other's event loop (a busy
  // wait is synchronous); on SQLite Regie has one connection per process, so only PostgreSQL runs this.
  it.runIf(testDialect() === 'postgres')('stays one unbroken chain when instances in one process share PostgreSQL', async () => {
    // Two connections (pools) on one database stand for two app instances behind a load balancer.
    const other = openDatabase(t.database);
    try {
      const instances = [createAuditLog(t.db), createAuditLog(other)];
      const before = await lastAuditSequence(t.db);
      await Promise.all([
        ...Array.from({ length: 60 }, (_, i) => instances[i % 2]?.record(someone, reads(1 + (i % 3)))),
        // Writes append inside their own transactions, interleaved with the reads' group commits.
        ...Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? t.db : other).transaction().execute(async (trx) => {
            await trx
              .insertInto('organisations')
              .values({ id: newId(), name: `Parallel ${newId()}`, kind: 'ggz', created_at: new Date().toISOString() })
              .execute();
            await instances[i % 2]?.append(trx, someone, [{ action: 'create', dataCategory: 'client' }]);
          }),
        ),
      ]);
      await Promise.all(instances.map((instance) => instance.close()));
      const rows = await auditRowsAfter(t.db, before);
      // 60 reads of 1, 2 or 3 rows (20 of each: 120 rows) and 10 writes of one row.
      expect(rows).toHaveLength(130);
      expect(rows.map((row) => row.sequence)).toEqual(Array.from({ length: 130 }, (_, i) => before + 1 + i));
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count: before + 130 });
    } finally {
      await other.destroy();
    }
  });
});

describe('verifying the chain finds tampering below the triggers', () => {
  const databases: TestDatabase[] = [];
  const broken = async () => {
    const database = await databaseWithRows(6);
    databases.push(database);
    return database;
  };
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it('at the row whose fields were changed', async () => {
    const { db } = await broken();
    await asDatabaseAdministrator(db, async () => {
      await sql`update audit_events set network_address = '203.0.113.9' where sequence = 4`.execute(db);
    });
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      count: 3,
      sequence: 4,
      problem: 'its hash does not match its fields (the row was changed after it was written)',
    });
  });

  it('at the row after one that was changed and given a fresh hash', async () => {
    const { db } = await broken();
    const original = await db.selectFrom('audit_events').selectAll().where('sequence', '=', 2).executeTakeFirstOrThrow();
    // A careful forger recomputes row 2's hash from its new fields; row 3 no longer links to it.
    const forged = auditRowHash(original.previous_hash, {
      sequence: 2,
      id: original.id,
      occurredAt: original.occurred_at,
      action: original.action,
      outcome: original.outcome,
      actorAccountId: original.actor_account_id,
      actorRole: 'admin',
      actorOrganisationId: original.actor_organisation_id,
      onBehalfOfAccountId: original.on_behalf_of_account_id,
      clientId: original.client_id,
      dataCategory: original.data_category,
      objectId: original.object_id,
      networkAddress: original.network_address,
      requestId: original.request_id,
    });
    await asDatabaseAdministrator(db, async () => {
      await sql`update audit_events set actor_role = 'admin', hash = ${forged} where sequence = 2`.execute(db);
    });
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 2, sequence: 3 });
    expect(problemOf(verdict)).toMatch(/does not match the hash of row 2/);
  });

  it('at a row that was removed', async () => {
    const { db } = await broken();
    await asDatabaseAdministrator(db, async () => {
      await sql`delete from audit_events where sequence = 3`.execute(db);
    });
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 2, sequence: 3 });
    expect(problemOf(verdict)).toMatch(/row 3 is missing/);
  });

  it('when rows at the end were removed', async () => {
    const { db } = await broken();
    await asDatabaseAdministrator(db, async () => {
      await sql`delete from audit_events where sequence >= 5`.execute(db);
    });
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 4, sequence: 5 });
    expect(problemOf(verdict)).toMatch(/chain head says the log has 6 rows/);
  });
});

describe('npm run audit:verify', () => {
  const run = (database: TestDatabase) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: database.database.dialect === 'sqlite' ? `file:${database.database.path}` : database.database.url,
        NODE_ENV: 'test',
      },
      encoding: 'utf8',
    });

  it('says OK with the number of rows, or where the chain breaks and exits 1', async () => {
    const database = await databaseWithRows(5);
    try {
      const intact = run(database);
      expect(intact.status, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/^Audit log OK: 5 rows/);

      await asDatabaseAdministrator(database.db, async () => {
        await sql`update audit_events set client_id = null where sequence = 2`.execute(database.db);
      });
      const tampered = run(database);
      expect(tampered.status).toBe(1);
      expect(tampered.stderr).toMatch(/^Audit log BROKEN at row 2: its hash does not match its fields/);
    } finally {
      await database.drop();
    }
  });
});
