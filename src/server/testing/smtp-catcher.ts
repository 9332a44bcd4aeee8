import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail as it arrived: the raw message and what a mail program would show of it. */
export interface CaughtMail {
  raw: string;
  /** The envelope's recipients, as the SMTP client gave them. */
  recipients: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface SmtpCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  readonly mails: readonly CaughtMail[];
  /** The first mail (after `after` mails) that matches, once it has arrived. */
  waitFor(match: (mail: CaughtMail) => boolean, options?: { timeoutMs?: number; after?: number }): Promise<CaughtMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free port of the loopback interface, inside the test process: Regie sends
 * to it as to any mail server, and the test reads what arrived. No TLS and no login, as a local
 * relay would have it.
 */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            const addressText = (value: typeof parsed.to) =>
              [value ?? []]
                .flat()
                .map((address) => address.text)
                .join(', ');
            mails.push({
              raw,
              recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              from: addressText(parsed.from),
              to: addressText(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            });
            for (const wake of waiters) wake();
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error('unreadable mail')));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor(match, { timeoutMs = 5_000, after = 0 } = {}) {
      const found = () => mails.slice(after).find(match);
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = found();
          if (mail === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching mail arrived within ${timeoutMs} ms (${mails.length} arrived in all)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
