import type { AuditAction, AuditDataCategory, AuditOutcome } from '../../../shared/audit.js';
import type { Role } from '../../../shared/roles.js';
import { currentContext, type Actor } from '../context.js';
import type { Db, DbTransaction } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { newId, nowIso } from '../ids/ids.js';
import { appendToChain, type AuditDraft } from './audit-chain.js';
import { GroupCommitter } from './group-commit.js';

/** Who an event is about when there is no signed-in actor (a sign-in attempt). */
export interface AuditActor {
  accountId: string | null;
  role: Role | null;
  organisationId: string | null;
}

/** One thing that happened to (a kind of) a client's data. Never the data itself. */
export interface AuditEvent {
  action: AuditAction;
  /** Defaults to success. */
  outcome?: AuditOutcome;
  dataCategory: AuditDataCategory;
  /** The client whose data this is, when there is one. */
  clientId?: string | null;
  /** The record concerned (a relative's id, a professional's id), when there is one. */
  objectId?: string | null;
  /** The account the actor acted for (a coordinator on the client's behalf). */
  onBehalfOfAccountId?: string | null;
}

/**
 * The NEN 7513 audit log. Request id and network address come from the request context; the actor
 * is passed by the caller, who knows it (and, for a sign-in, knows better than the context).
 */
export interface AuditLog {
  /**
   * For a change: appends inside the change's own transaction, so that the row commits or rolls
   * back with it. Call it as the transaction's last step (it holds the chain head until the commit).
   */
  append(trx: DbTransaction, who: Actor | AuditActor, events: readonly AuditEvent[]): Promise<void>;
  /**
   * For a read (and anything else without a transaction of its own): resolves once the rows are
   * committed, together with those of concurrent requests. Rejects with AuditUnavailableError when
   * they cannot be: the caller must then not serve what it read. Never call it inside a transaction.
   */
  record(who: Actor | AuditActor, events: readonly AuditEvent[]): Promise<void>;
  /** Commits what is queued; called when the app closes. */
  close(): Promise<void>;
}

/** A read that cannot be logged is not served (SECURITY.md): 503, the person can try again. */
export class AuditUnavailableError extends AppError {
  constructor(cause: unknown) {
    super(
      503,
      'audit_unavailable',
      'Regie could not record this in its audit log, so it did not go ahead. Try again in a moment.',
    );
    this.cause = cause;
  }
}

/**
 * The audit log of one app instance on `db`: one group-commit writer for reads, appends in the
 * caller's transaction for changes. Several instances may share a database (the chain head serialises
 * them); one per process is enough.
 */
export function createAuditLog(db: Db): AuditLog {
  const writer = new GroupCommitter<AuditDraft>(async (drafts) => {
    await db.transaction().execute((trx) => appendToChain(trx, drafts));
  });
  return {
    append: (trx, who, events) => appendToChain(trx, toDrafts(who, events)),
    async record(who, events) {
      try {
        await writer.submit(toDrafts(who, events));
      } catch (error) {
        throw new AuditUnavailableError(error);
      }
    },
    close: () => writer.close(),
  };
}

/** The actor as the audit log records them: account, role and organisation at the time. */
export function auditActorOf(who: Actor | AuditActor): AuditActor {
  if (!('sessionIdHash' in who)) return who;
  return { accountId: who.accountId, role: who.role, organisationId: who.professional?.organisationId ?? null };
}

function toDrafts(who: Actor | AuditActor, events: readonly AuditEvent[]): AuditDraft[] {
  // Captured now, while the request context is at hand: a group commit runs outside it.
  const context = currentContext();
  const actor = auditActorOf(who);
  const occurredAt = nowIso();
  return events.map((event) => ({
    id: newId(),
    occurredAt,
    action: event.action,
    outcome: event.outcome ?? 'success',
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    actorOrganisationId: actor.organisationId,
    onBehalfOfAccountId: event.onBehalfOfAccountId ?? null,
    clientId: event.clientId ?? null,
    dataCategory: event.dataCategory,
    objectId: event.objectId ?? null,
    networkAddress: context?.networkAddress ?? null,
    requestId: context?.requestId ?? null,
  }));
}
