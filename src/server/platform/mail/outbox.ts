import type { Db } from '../db/database.js';
import { newId, nowIso } from '../ids/ids.js';
import { MailUnavailableError, type Mailer } from './mailer.js';

/** How many messages the outbox page shows. */
export const outboxPageSize = 50;

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/**
 * For demo and development, where there is no SMTP server: mail is kept in the outbox_messages
 * table and shown on the outbox page, so that a demo user can open their invitation. Only the text
 * is kept; attachments are named at its end. Production never uses this (config refuses to start).
 */
export function createOutboxMailer(db: Db): Mailer {
  return {
    transport: 'outbox',
    async send(message) {
      const attachments = (message.attachments ?? []).map((attachment) => `[${attachment.filename}]`);
      try {
        await db
          .insertInto('outbox_messages')
          .values({
            id: newId(),
            to_address: message.to,
            subject: message.subject,
            text_body: attachments.length === 0 ? message.text : `${message.text}\n\n${attachments.join('\n')}`,
            created_at: nowIso(),
          })
          .execute();
      } catch {
        throw new MailUnavailableError('outbox_write_failed');
      }
    },
    async close() {
      // Nothing held open: the database belongs to the app.
    },
  };
}

/** The newest messages in the outbox, newest first. */
export async function listOutbox(db: Db, limit = outboxPageSize): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['id', 'to_address', 'subject', 'text_body', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    createdAt: row.created_at,
  }));
}
