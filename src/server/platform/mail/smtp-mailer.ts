import nodemailer from 'nodemailer';
import { MailUnavailableError, type Mailer } from './mailer.js';

/** What went wrong, without the SMTP server's text (which may quote an address). */
function failureCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    return [typeof code === 'string' ? code : 'smtp_error', typeof responseCode === 'number' ? String(responseCode) : '']
      .filter(Boolean)
      .join(' ');
  }
  return 'smtp_error';
}

/**
 * Sends through the SMTP server at `url` (smtp://host:port, or smtps:// for TLS from the start; a
 * plain connection is upgraded with STARTTLS when the server offers it).
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    transport: 'smtp',
    async send(message) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          ...(message.attachments !== undefined
            ? {
                attachments: message.attachments.map(({ filename, content, contentType }) => ({
                  filename,
                  content,
                  contentType,
                })),
              }
            : {}),
        });
      } catch (error) {
        throw new MailUnavailableError(failureCode(error));
      }
    },
    async close() {
      transport.close();
    },
  };
}
