import { z } from 'zod';

/** Thrown when the environment holds settings Regie cannot start with; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Regie cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const booleanSetting = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const databaseUrl = z
  .string()
  .refine((url) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(url), {
    message: 'use file:<path> for SQLite or postgres://… for PostgreSQL',
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'use a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: databaseUrl.default('file:./data/regie.sqlite'),
  DEMO: booleanSetting.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  PUBLIC_ORIGIN: z.url({ message: 'use the address people open Regie at, e.g. https://regie.example.nl' }).optional(),
  TRUST_PROXY: booleanSetting.default(false),
  WEB_ROOT: z.string().min(1).default('dist/web'),
  SMTP_URL: z.url({ protocol: /^smtps?$/, message: 'use smtp://host:port or smtps://user:password@host:port' }).optional(),
  MAIL_FROM: z.string().trim().min(3).max(254).default('Regie <noreply@regie.invalid>'),
  AUDIT_RETENTION_YEARS: z.coerce
    .number({ message: 'use a number of years' })
    .int({ message: 'use a whole number of years' })
    .min(5, { message: 'the audit log is kept at least 5 years (NEN 7513)' })
    .max(100)
    .default(5),
  JOB_POLL_MS: z.coerce
    .number({ message: 'use a number of milliseconds' })
    .int({ message: 'use a whole number of milliseconds' })
    .min(100, { message: 'poll at most ten times a second (100 or more)' })
    .max(600_000, { message: 'poll at least every ten minutes (600000 or less)' })
    .default(5000),
});

export type Database = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/**
 * How Regie sends mail: through an SMTP server, or (outside production, when none is set) into the
 * outbox table, which the app shows to demo users who have no mailbox.
 */
export type MailSettings = { transport: 'smtp'; url: string; from: string } | { transport: 'outbox'; from: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: Database;
  /** Demo data may be loaded; never in production. */
  demo: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  publicOrigin: string | undefined;
  /** The origin links in mails point at: PUBLIC_ORIGIN, or http://localhost:<PORT>. */
  linkOrigin: string;
  mail: MailSettings;
  trustProxy: boolean;
  webRoot: string;
  /** How long audit rows are kept; at least 5 years. Nothing removes them yet. */
  auditRetentionYears: number;
  /** How often the job worker looks for due jobs (reminders, meeting mails), in milliseconds. */
  jobPollMs: number;
}

/** Parses the process environment once at start. Every bad setting is reported, not just the first. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .filter((key) => environment[key] !== undefined && environment[key] !== '')
      .map((key) => [key, environment[key]]),
  );
  const parsed = environmentSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const settings = parsed.data;
  const problems: string[] = [];
  const demo = settings.DEMO ?? settings.NODE_ENV !== 'production';
  if (demo && settings.NODE_ENV === 'production') {
    problems.push('DEMO: demo data is refused when NODE_ENV=production');
  }
  if (settings.NODE_ENV === 'production' && settings.SMTP_URL === undefined) {
    problems.push('SMTP_URL: production needs an SMTP server to send invitations and password resets (smtp://host:port)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: settings.NODE_ENV,
    port: settings.PORT,
    host: settings.HOST,
    database: parseDatabaseUrl(settings.DATABASE_URL),
    demo,
    logLevel: settings.LOG_LEVEL,
    sessionIdleMinutes: settings.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: settings.SESSION_ABSOLUTE_HOURS,
    publicOrigin: settings.PUBLIC_ORIGIN,
    linkOrigin:
      settings.PUBLIC_ORIGIN === undefined ? `http://localhost:${settings.PORT}` : new URL(settings.PUBLIC_ORIGIN).origin,
    mail:
      settings.SMTP_URL === undefined
        ? { transport: 'outbox', from: settings.MAIL_FROM }
        : { transport: 'smtp', url: settings.SMTP_URL, from: settings.MAIL_FROM },
    trustProxy: settings.TRUST_PROXY,
    webRoot: settings.WEB_ROOT,
    auditRetentionYears: settings.AUDIT_RETENTION_YEARS,
    jobPollMs: settings.JOB_POLL_MS,
  };
}

export function parseDatabaseUrl(url: string): Database {
  if (url.startsWith('file:')) return { dialect: 'sqlite', path: url.slice('file:'.length) };
  return { dialect: 'postgres', url };
}
