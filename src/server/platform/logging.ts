import type { FastifyServerOptions } from 'fastify';

/**
 * Pino options: ids and codes only. Request logs carry method, route and status, never bodies, and
 * the session cookie is redacted wherever it could appear.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.email'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        // Query strings may one day carry search terms; log the path only.
        url: request.url.split('?')[0],
        id: request.id,
      }),
    },
  };
}
