import { randomUUID } from 'node:crypto';

/** A new record id. UUIDs rather than sequences: they do not reveal how many records exist. */
export function newId(): string {
  return randomUUID();
}

/** The current time as stored: an ISO-8601 UTC string. */
export function nowIso(): string {
  return new Date().toISOString();
}
