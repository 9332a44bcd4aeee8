import { createHash } from 'node:crypto';

/** The "previous hash" of the first row of the chain. */
export const genesisHash = '0'.repeat(64);

/** The fields of an audit row that its hash covers: all of them except the hashes themselves. */
export interface ChainedFields {
  sequence: number;
  id: string;
  occurredAt: string;
  action: string;
  outcome: string;
  actorAccountId: string | null;
  actorRole: string | null;
  actorOrganisationId: string | null;
  onBehalfOfAccountId: string | null;
  clientId: string | null;
  dataCategory: string;
  objectId: string | null;
  networkAddress: string | null;
  requestId: string | null;
}

/**
 * The canonical serialisation of an audit row: a JSON array in a fixed field order, led by a format
 * version. An array needs no agreement on key order; JSON's escaping keeps field boundaries
 * unambiguous and tells null from "null" and from "". Never change it for existing rows: the chain
 * on disk was hashed with it (a new format gets a new version tag).
 */
export function canonicalAuditFields(fields: ChainedFields): string {
  return JSON.stringify([
    'regie-audit-v1',
    fields.sequence,
    fields.id,
    fields.occurredAt,
    fields.action,
    fields.outcome,
    fields.actorAccountId,
    fields.actorRole,
    fields.actorOrganisationId,
    fields.onBehalfOfAccountId,
    fields.clientId,
    fields.dataCategory,
    fields.objectId,
    fields.networkAddress,
    fields.requestId,
  ]);
}

/** SHA-256 (hex) over the previous row's hash and this row's canonical fields: the link of the chain. */
export function auditRowHash(previousHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalAuditFields(fields)).digest('hex');
}
