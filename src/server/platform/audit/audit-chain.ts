import type { Selectable } from 'kysely';
import type { DbExecutor, DbTransaction } from '../db/database.js';
import type { AuditEventTable } from '../db/schema.js';
import { auditRowHash, genesisHash, type ChainedFields } from './audit-hash.js';

/** An audit row before it has its place in the chain. */
export type AuditDraft = Omit<ChainedFields, 'sequence'>;

// Rows per INSERT statement: well below SQLite's and PostgreSQL's limits on bound parameters.
const rowsPerInsert = 500;

/**
 * Appends rows at the end of the hash chain, inside the caller's transaction: they commit or roll back
 * with it. Holds the chain head until that transaction ends, so call it as the transaction's last
 * step, and never wait inside it for anything else that appends (that would wait for this lock).
 */
export async function appendToChain(trx: DbTransaction, drafts: readonly AuditDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  // Claim the head with a no-op UPDATE … RETURNING. On PostgreSQL this locks the head row until the
  // transaction ends (as SELECT … FOR UPDATE would), so app instances sharing the database append
  // one after another; after waiting for another instance it returns the head as that one committed
  // it (READ COMMITTED re-reads the row). On SQLite it takes the write lock at once, which is what
  // BEGIN IMMEDIATE would have done, so nothing is appended between reading the head and writing.
  // No dialect-specific SQL needed.
  const head = await trx
    .updateTable('audit_chain_head')
    .set((eb) => ({ last_hash: eb.ref('last_hash') }))
    .where('id', '=', 1)
    .returning(['last_sequence', 'last_hash'])
    .executeTakeFirst();
  if (!head) throw new Error('The audit chain head is missing');

  let sequence = Number(head.last_sequence);
  let previousHash = head.last_hash;
  const rows = drafts.map((draft) => {
    sequence += 1;
    const fields: ChainedFields = { ...draft, sequence };
    const hash = auditRowHash(previousHash, fields);
    const row = toRow(fields, previousHash, hash);
    previousHash = hash;
    return row;
  });
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    await trx
      .insertInto('audit_events')
      .values(rows.slice(start, start + rowsPerInsert))
      .execute();
  }
  await trx
    .updateTable('audit_chain_head')
    .set({ last_sequence: sequence, last_hash: previousHash })
    .where('id', '=', 1)
    .execute();
}

export type ChainVerdict =
  { ok: true; count: number; lastHash: string } | { ok: false; count: number; sequence: number; problem: string };

/**
 * Walks the chain from the first row to the head and recomputes every link. Reports the first
 * broken one: a row whose fields no longer match its hash (changed), a row whose previous hash does
 * not match the row before it (a row before it was changed and re-hashed, or removed), a missing
 * sequence number (removed), or a head that the last row does not match (rows removed at the end).
 * `count` is the number of rows found intact before the problem.
 */
export async function verifyAuditChain(db: DbExecutor, pageSize = 1000): Promise<ChainVerdict> {
  // The head first: rows appended while we walk are after it and are left for the next check.
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_sequence', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!head) return { ok: false, count: 0, sequence: 0, problem: 'the chain head (audit_chain_head) is missing' };
  const last = Number(head.last_sequence);

  let expected = 1;
  let previousHash = genesisHash;
  const broken = (sequence: number, problem: string): ChainVerdict => ({ ok: false, count: expected - 1, sequence, problem });

  while (expected <= last) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('sequence', '>=', expected)
      .where('sequence', '<=', last)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const fields = fromRow(row);
      if (fields.sequence !== expected) {
        return broken(expected, `row ${expected} is missing (removed); the next row is ${fields.sequence}`);
      }
      if (row.previous_hash !== previousHash) {
        return broken(
          expected,
          expected === 1
            ? 'its previous hash is not the start of the chain'
            : `its previous hash does not match the hash of row ${expected - 1} (that row was changed and re-hashed, or rows were reordered)`,
        );
      }
      if (auditRowHash(previousHash, fields) !== row.hash) {
        return broken(expected, 'its hash does not match its fields (the row was changed after it was written)');
      }
      previousHash = row.hash;
      expected += 1;
    }
  }
  if (expected <= last) {
    return broken(expected, `row ${expected} is missing (removed): the chain head says the log has ${last} rows`);
  }
  if (previousHash !== head.last_hash) {
    return broken(last, 'it does not match the hash the chain head holds (the head or the last rows were changed)');
  }
  return { ok: true, count: last, lastHash: previousHash };
}

function toRow(fields: ChainedFields, previousHash: string, hash: string) {
  return {
    sequence: fields.sequence,
    id: fields.id,
    occurred_at: fields.occurredAt,
    action: fields.action,
    outcome: fields.outcome,
    actor_account_id: fields.actorAccountId,
    actor_role: fields.actorRole,
    actor_organisation_id: fields.actorOrganisationId,
    on_behalf_of_account_id: fields.onBehalfOfAccountId,
    client_id: fields.clientId,
    data_category: fields.dataCategory,
    object_id: fields.objectId,
    network_address: fields.networkAddress,
    request_id: fields.requestId,
    previous_hash: previousHash,
    hash,
  };
}

function fromRow(row: Selectable<AuditEventTable>): ChainedFields {
  return {
    sequence: Number(row.sequence),
    id: row.id,
    occurredAt: row.occurred_at,
    action: row.action,
    outcome: row.outcome,
    actorAccountId: row.actor_account_id,
    actorRole: row.actor_role,
    actorOrganisationId: row.actor_organisation_id,
    onBehalfOfAccountId: row.on_behalf_of_account_id,
    clientId: row.client_id,
    dataCategory: row.data_category,
    objectId: row.object_id,
    networkAddress: row.network_address,
    requestId: row.request_id,
  };
}
