import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../../shared/roles.js';

/** The signed-in person behind a request, as the access layer sees them. */
export interface Actor {
  accountId: string;
  sessionIdHash: string;
  email: string;
  name: string;
  role: Role;
  locale: 'nl' | 'en';
  /** Set for professionals. */
  professional: { id: string; organisationId: string; teamId: string | null } | null;
  /** Set for a client: their own client record. */
  clientId: string | null;
  /** Set for a relative: the clients they are a relative of. */
  relativeOfClientIds: string[];
}

export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  /** The client's address as Fastify sees it (request.ip; behind a proxy only with TRUST_PROXY). */
  networkAddress: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with a request context that code further down the call can read. */
export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current request's context; system work (jobs, scripts) runs without one. */
export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
