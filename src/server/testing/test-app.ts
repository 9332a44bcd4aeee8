import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppConfig } from '../app.js';
import { sessionCookieName } from '../platform/auth/session-token.js';
import { hashRecoveryCode, totpCode } from '../platform/auth/totp.js';
import { nowIso } from '../platform/ids/ids.js';
import { runDue, type JobOutcome } from '../platform/jobs/job-worker.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testPassword } from './factories.js';

export const testConfig: AppConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  publicOrigin: undefined,
  trustProxy: false,
  webRoot: 'does-not-exist',
  logLevel: 'silent',
  linkOrigin: 'http://regie.test',
  mail: { transport: 'outbox', from: 'Regie <noreply@regie.invalid>' },
};

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  /**
   * Signs in completely and returns the cookie of the active session to send along. When the
   * password step asks for a second factor, it is given with a recovery code made for the purpose
   * (so a test can sign the same person in many times without replaying a TOTP code); when it asks
   * for enrolment, a second factor is set up.
   */
  signIn(email: string, password?: string): Promise<string>;
  /** Only the password step: the cookie of the session it starts and the step that comes next. */
  signInFirstStep(email: string, password?: string): Promise<{ cookie: string; next: string; response: LightMyRequestResponse }>;
  /** Stores a fresh recovery code for the account with this email address and returns it. */
  addRecoveryCode(email: string): Promise<string>;
  /** An API request; state-changing ones carry the CSRF header unless `headers` says otherwise. */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  /**
   * Runs the jobs due at `now` (default: the real time) with the app's handlers, as a worker would,
   * until none is due; returns what became of each. `now` moves the queue's clock (which jobs are
   * due); handlers read the real one, except that a meeting reminder is judged no earlier than its
   * due time, so running jobs at the reminder's time sends it.
   */
  runJobs(now?: Date): Promise<JobOutcome[]>;
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

  const sessionCookie = (response: LightMyRequestResponse, step: string) => {
    if (response.statusCode !== 200) throw new Error(`${step} failed: ${response.statusCode} ${response.body}`);
    const session = response.cookies.find((c) => c.name === sessionCookieName);
    if (!session) throw new Error(`${step} set no session cookie`);
    return `${sessionCookieName}=${session.value}`;
  };

  const signInFirstStep: TestApp['signInFirstStep'] = async (email, password = testPassword) => {
    const response = await request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = sessionCookie(response, `sign-in as ${email}`);
    const body = response.json<{ next?: string }>();
    return { cookie, next: body.next ?? 'done', response };
  };

  const addRecoveryCode: TestApp['addRecoveryCode'] = async (email) => {
    const account = await database.db.selectFrom('accounts').select('id').where('email', '=', email.toLowerCase()).executeTakeFirstOrThrow();
    const code = randomBytes(8).toString('hex');
    await database.db
      .insertInto('recovery_codes')
      .values({ code_hash: hashRecoveryCode(code), account_id: account.id, created_at: nowIso(), used_at: null })
      .execute();
    return code;
  };

  return {
    ...database,
    app,
    request,
    signInFirstStep,
    addRecoveryCode,
    runJobs: (now) => runDue({ db: database.db, handlers: app.jobHandlers, ...(now === undefined ? {} : { now: () => now }) }),
    async signIn(email, password = testPassword) {
      const first = await signInFirstStep(email, password);
      if (first.next === 'second_factor') {
        const code = await addRecoveryCode(email);
        const response = await request({ method: 'POST', url: '/api/auth/second-factor', cookie: first.cookie, payload: { code } });
        return sessionCookie(response, `second factor for ${email}`);
      }
      if (first.next === 'enrolment') {
        const started = await request({ method: 'POST', url: '/api/me/second-factor', cookie: first.cookie });
        if (started.statusCode !== 200) throw new Error(`enrolment for ${email} failed: ${started.statusCode} ${started.body}`);
        const code = await totpCode(started.json<{ secret: string }>().secret);
        const response = await request({ method: 'POST', url: '/api/me/second-factor/confirm', cookie: first.cookie, payload: { code } });
        return sessionCookie(response, `enrolment confirmation for ${email}`);
      }
      return first.cookie;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
