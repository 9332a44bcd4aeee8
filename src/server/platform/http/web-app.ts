import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Paths outside /api that are not files get index.html, so that the web
 * app's own routes survive a reload. Without a build, says how to make one.
 */
export async function installWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const root = resolve(webRoot);
  const built = existsSync(resolve(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, cacheControl: false });
    app.addHook('onSend', async (request, reply) => {
      // Hashed asset names never change content; index.html must always be fresh.
      if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
  }
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api')) return reply.callNotFound();
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built yet. Run: npm run build');
    }
    const path = request.url.split('?')[0] ?? '/';
    if (/\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
