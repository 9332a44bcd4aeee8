import { describe, expect, it } from 'vitest';
import { auditRowHash, canonicalAuditFields, genesisHash, type ChainedFields } from './audit-hash.js';

const row: ChainedFields = {
  sequence: 1,
  id: '5b0f7a52-1f49-4a53-9d3a-0c8a3f0f2a11',
  occurredAt: '2026-03-01T09:30:00.000Z',
  action: 'read',
  outcome: 'success',
  actorAccountId: 'a1',
  actorRole: 'coordinator',
  actorOrganisationId: 'o1',
  onBehalfOfAccountId: null,
  clientId: 'c1',
  dataCategory: 'client',
  objectId: 'c1',
  networkAddress: '192.0.2.7',
  requestId: 'r1',
};

describe('canonical serialisation of an audit row', () => {
  it('is a versioned JSON array in a fixed order', () => {
    expect(canonicalAuditFields(row)).toBe(
      '["regie-audit-v1",1,"5b0f7a52-1f49-4a53-9d3a-0c8a3f0f2a11","2026-03-01T09:30:00.000Z","read","success","a1","coordinator","o1",null,"c1","client","c1","192.0.2.7","r1"]',
    );
  });

  it('does not depend on the order in which the fields were set', () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as unknown as ChainedFields;
    expect(canonicalAuditFields(reordered)).toBe(canonicalAuditFields(row));
  });

  it('tells null, "null" and the empty string apart, and keeps field boundaries', () => {
    const variants = [
      { ...row, objectId: null },
      { ...row, objectId: 'null' },
      { ...row, objectId: '' },
      { ...row, clientId: 'c1","client' }, // a value that looks like the next field
    ].map(canonicalAuditFields);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('the hash of an audit row', () => {
  it('is SHA-256 over the previous hash, a newline and the canonical fields (a fixed vector: existing chains depend on it)', () => {
    // Also: printf '%s\n%s' <64 zeros> '<canonical>' | sha256sum
    expect(auditRowHash(genesisHash, row)).toBe('568b3d95511a5a1619c13e75bbe1931f0718283ada68bc04b5a20ea7894b890d');
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditRowHash(genesisHash, row);
    const changes: Partial<ChainedFields>[] = [
      { sequence: 2 },
      { id: 'other' },
      { occurredAt: '2026-03-01T09:30:00.001Z' },
      { action: 'update' },
      { outcome: 'refused' },
      { actorAccountId: 'a2' },
      { actorRole: 'clinician' },
      { actorOrganisationId: null },
      { onBehalfOfAccountId: 'a3' },
      { clientId: 'c2' },
      { dataCategory: 'relatives' },
      { objectId: null },
      { networkAddress: '192.0.2.8' },
      { requestId: 'r2' },
    ];
    for (const change of changes) expect(auditRowHash(genesisHash, { ...row, ...change }), JSON.stringify(change)).not.toBe(base);
    expect(auditRowHash('f'.repeat(64), row)).not.toBe(base);
  });
});
