import { randomUUID } from 'node:crypto';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';

/** A new record id. UUIDs rather than sequences: they do not reveal how many records exist. */
export function newId(): string {
  return randomUUID();
}

/** The current time as stored: an ISO-8601 UTC string. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today as people in the Netherlands count it (YYYY-MM-DD): the latest day a thing can have happened on. */
export function dutchToday(): string {
  return amsterdamDay(new Date());
}
