import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = '__Host-regie_session';

/** A new session token: 256 random bits. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
