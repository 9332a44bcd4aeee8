import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppConfig } from '../app.js';
import { sessionCookieName } from '../platform/auth/session-token.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testPassword } from './factories.js';

export const testConfig: AppConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  publicOrigin: undefined,
  trustProxy: false,
  webRoot: 'does-not-exist',
  logLevel: 'silent',
};

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  /** Signs in and returns the session cookie to send along. */
  signIn(email: string, password?: string): Promise<string>;
  /** An API request; state-changing ones carry the CSRF header unless `headers` says otherwise. */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Regie on a fresh database of its own, driven in-process through inject (no socket). */
export async function createTestApp(config: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ ...testConfig, ...config }, database.db);
  await app.ready();

  const request: TestApp['request'] = ({ cookie, headers, ...options }) =>
    app.inject({
      ...options,
      headers: { 'x-regie-csrf': '1', ...(cookie ? { cookie } : {}), ...headers },
    });

  return {
    ...database,
    app,
    request,
    async signIn(email, password = testPassword) {
      const response = await request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
      const session = response.cookies.find((c) => c.name === sessionCookieName);
      if (!session) throw new Error('sign-in set no session cookie');
      return `${sessionCookieName}=${session.value}`;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
