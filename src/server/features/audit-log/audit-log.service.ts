import {
  auditActionSchema,
  auditDataCategorySchema,
  auditOutcomeSchema,
  type AuditEventView,
  type AuditPage,
  type AuditQuery,
} from '../../../shared/audit.js';
import { roleSchema } from '../../../shared/roles.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { canReadClientAuditLog, canReadProfessionalAuditLog } from './audit-log.policy.js';
import { createAuditLogRepository, type AuditEventFilter } from './audit-log.repository.js';
import { dutchDayRange } from './audit-period.js';

type EventRow = Awaited<ReturnType<ReturnType<typeof createAuditLogRepository>['byAccount']>>[number];

function toFilter(query: AuditQuery): AuditEventFilter {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new ValidationError([{ field: 'to', code: 'before_from', message: 'must not be before from' }]);
  }
  // One more than asked for: whether it came tells if there is a next page.
  return {
    ...dutchDayRange(query.from, query.to),
    ...(query.cursor ? { before: Number(query.cursor) } : {}),
    limit: query.limit + 1,
  };
}

export function createAuditLogService(db: Db, audit: AuditLog) {
  const repository = createAuditLogRepository(db);

  /** Names the people and organisations of a page (the log itself stores ids only) and pages it. */
  async function present(rows: EventRow[], limit: number, clientId?: string): Promise<AuditPage> {
    const page = rows.slice(0, limit);
    const accountIds = new Set<string>();
    const organisationIds = new Set<string>();
    for (const row of page) {
      if (row.actor_account_id !== null) accountIds.add(row.actor_account_id);
      if (row.on_behalf_of_account_id !== null) accountIds.add(row.on_behalf_of_account_id);
      if (row.actor_organisation_id !== null) organisationIds.add(row.actor_organisation_id);
    }
    const [names, organisations] = await Promise.all([
      repository.accountNames([...accountIds], clientId),
      repository.organisationNames([...organisationIds]),
    ]);
    const nameOf = (accountId: string | null) => (accountId === null ? null : (names.get(accountId) ?? null));
    const events = page.map((row): AuditEventView => {
      const organisationName = row.actor_organisation_id === null ? undefined : organisations.get(row.actor_organisation_id);
      return {
        id: row.id,
        occurredAt: row.occurred_at,
        action: auditActionSchema.parse(row.action),
        outcome: auditOutcomeSchema.parse(row.outcome),
        actor: {
          name: nameOf(row.actor_account_id),
          role: roleSchema.nullable().catch(null).parse(row.actor_role),
          organisation:
            row.actor_organisation_id === null || organisationName === undefined
              ? null
              : { id: row.actor_organisation_id, name: organisationName },
        },
        onBehalfOf: row.on_behalf_of_account_id === null ? null : { name: nameOf(row.on_behalf_of_account_id) },
        dataCategory: auditDataCategorySchema.parse(row.data_category),
      };
    });
    const last = page.at(-1);
    return { events, nextCursor: rows.length > limit && last ? String(last.sequence) : null };
  }

  return {
    /** "Wie keek in mijn gegevens?": events concerning the client, for the client. Itself logged. */
    async forClient(actor: Actor, clientId: string, query: AuditQuery): Promise<AuditPage> {
      if (!canReadClientAuditLog(actor, clientId)) throw new NotFoundError();
      const rows = await repository.concerningClient(clientId, toFilter(query));
      await audit.record(actor, [{ action: 'read', dataCategory: 'audit_log', clientId }]);
      return present(rows, query.limit, clientId);
    },

    /** What a professional did, for the admin of their organisation. Itself logged. */
    async forProfessional(actor: Actor, professionalId: string, query: AuditQuery): Promise<AuditPage> {
      const professional = await repository.findProfessional(professionalId);
      const allowed =
        professional !== undefined && canReadProfessionalAuditLog(actor, { organisationId: professional.organisation_id });
      if (!allowed) throw new NotFoundError();
      const rows = await repository.byAccount(professional.account_id, toFilter(query));
      await audit.record(actor, [{ action: 'read', dataCategory: 'audit_log', objectId: professionalId }]);
      return present(rows, query.limit);
    },
  };
}
export type AuditLogService = ReturnType<typeof createAuditLogService>;
