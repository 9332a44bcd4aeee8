import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/** Scripts and the web app send this header on every state-changing request. */
export const csrfHeader = 'x-regie-csrf';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie sessions: a state-changing request must carry a custom header (which a
 * cross-site form cannot send, and a cross-site script cannot without a CORS preflight that Regie
 * never grants), and an Origin header, when present, must be Regie's own.
 */
export function installCsrfProtection(app: FastifyInstance, publicOrigin: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || !request.url.startsWith('/api')) return;
    if (request.headers[csrfHeader] !== '1') {
      throw new AppError(403, 'csrf_header_missing', `Send the header "X-Regie-CSRF: 1" with every ${request.method} request.`);
    }
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const ownOrigin = publicOrigin ?? `${request.protocol}://${request.host}`;
    if (origin !== ownOrigin) {
      throw new AppError(403, 'csrf_origin_rejected', 'This request came from another website and was refused.');
    }
  });
}
