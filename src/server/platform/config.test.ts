import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('starts on SQLite in ./data with demo data when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dialect: 'sqlite', path: './data/regie.sqlite' });
    expect(config.port).toBe(3000);
    expect(config.demo).toBe(true);
  });

  it('selects PostgreSQL or another SQLite file from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/regie' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@db:5432/regie',
    });
    expect(loadConfig({ DATABASE_URL: 'file:/tmp/other.sqlite' }).database).toEqual({ dialect: 'sqlite', path: '/tmp/other.sqlite' });
  });

  it('lists every bad setting at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable('a bad configuration must not load');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });

  it('refuses demo data in production and loads none by default there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO: 'true', SMTP_URL: 'smtp://mail:25' })).toThrow(/DEMO/);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' }).demo).toBe(false);
  });

  it('sends mail over SMTP when SMTP_URL is set, and into the outbox otherwise, but never in production', () => {
    expect(loadConfig({}).mail).toEqual({ transport: 'outbox', from: 'Regie <noreply@regie.invalid>' });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Regie <regie@ggz.example>' }).mail).toEqual({
      transport: 'smtp',
      url: 'smtp://127.0.0.1:2525',
      from: 'Regie <regie@ggz.example>',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    try {
      loadConfig({ NODE_ENV: 'production', DEMO: 'true' });
      expect.unreachable('production without an SMTP server must not start');
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('DEMO');
      expect(problems).toContain('SMTP_URL: production needs an SMTP server');
    }
  });

  it('points links in mails at PUBLIC_ORIGIN, or at localhost on the port', () => {
    expect(loadConfig({ PORT: '8080' }).linkOrigin).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://regie.example.nl/' }).linkOrigin).toBe('https://regie.example.nl');
  });

  it('keeps the audit log at least 5 years', () => {
    expect(loadConfig({}).auditRetentionYears).toBe(5);
    expect(loadConfig({ AUDIT_RETENTION_YEARS: '20' }).auditRetentionYears).toBe(20);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: '4' })).toThrow(/AUDIT_RETENTION_YEARS: the audit log is kept at least 5 years/);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: 'forever' })).toThrow(/AUDIT_RETENTION_YEARS/);
  });

  it('polls for due jobs every 5 seconds unless JOB_POLL_MS says otherwise, not more often than every 100 ms', () => {
    expect(loadConfig({}).jobPollMs).toBe(5000);
    expect(loadConfig({ JOB_POLL_MS: '250' }).jobPollMs).toBe(250);
    expect(() => loadConfig({ JOB_POLL_MS: '99' })).toThrow(/JOB_POLL_MS: poll at most ten times a second/);
    expect(() => loadConfig({ JOB_POLL_MS: '600001' })).toThrow(/JOB_POLL_MS/);
    expect(() => loadConfig({ JOB_POLL_MS: 'often' })).toThrow(/JOB_POLL_MS/);
  });

  it('reads booleans and numbers from their text', () => {
    const config = loadConfig({ DEMO: 'false', PORT: '8080', TRUST_PROXY: 'yes', SESSION_IDLE_MINUTES: '15' });
    expect(config).toMatchObject({ demo: false, port: 8080, trustProxy: true, sessionIdleMinutes: 15 });
  });
});
