import type { MailSettings } from '../config.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { createOutboxMailer } from './outbox.js';
import { createSmtpMailer } from './smtp-mailer.js';

/** A file sent along with a mail, such as a calendar invitation (.ics). */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

/**
 * One mail to one person. Mails from Regie carry no health data and no client's name: whoever else
 * reads the recipient's mailbox must not learn from it that they are in care.
 */
export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; always there, so that every mail program can show it. */
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
}

/** Sends mail; which way is chosen once, from the configuration. */
export interface Mailer {
  /** 'outbox' when mail is kept in the database for the outbox page instead of being sent. */
  readonly transport: MailSettings['transport'];
  /** Resolves once the mail is handed over; rejects with MailUnavailableError when it could not be. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/**
 * The mail could not be handed to the SMTP server. It carries only a code of the failure: the
 * server's own message may quote the recipient's address, which must not reach the logs.
 */
export class MailUnavailableError extends AppError {
  constructor(readonly reason: string) {
    super(503, 'mail_unavailable', 'Regie could not send the mail just now. Try again in a moment.');
  }
}

/** The mailer the settings ask for: SMTP when a server is configured, the outbox otherwise. */
export function createMailer(settings: MailSettings, db: Db): Mailer {
  return settings.transport === 'smtp' ? createSmtpMailer(settings.url, settings.from) : createOutboxMailer(db);
}
