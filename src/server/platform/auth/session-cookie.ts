import type { FastifyReply } from 'fastify';
import { sessionCookieName } from './session-token.js';

// `__Host-`: Secure, path /, no Domain; HttpOnly keeps it from scripts; Lax keeps it off cross-site posts.
const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

/** Gives the browser the token of a session that was just started (sign-in, its next step, an invitation). */
export function setSessionCookie(reply: FastifyReply, session: { token: string; expiresAt: Date }): void {
  void reply.setCookie(sessionCookieName, session.token, { ...cookieOptions, expires: session.expiresAt });
}

/** Removes the session cookie from the browser; the session itself is ended on the server. */
export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, cookieOptions);
}
