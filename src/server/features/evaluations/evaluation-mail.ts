import type { Locale } from '../../../shared/roles.js';
import type { MailMessage } from '../../platform/mail/mailer.js';

// The invitation to a round goes to everyone asked, and others may read their mailbox. So it says only
// that a questionnaire waits in Regie, until which day, and where: no client name, no group name (it
// often holds the client's), no theme and no word that tells of care.

/** The respondent's own questionnaire in the web app (src/web/app/paths.ts, `questionnaire`). */
export function questionnaireLink(linkOrigin: string, round: { clientId: string; roundId: string }): string {
  return `${linkOrigin}/clienten/${encodeURIComponent(round.clientId)}/evaluatie/${encodeURIComponent(round.roundId)}/invullen`;
}

/** A calendar day (YYYY-MM-DD) in words, the same wherever the server runs. */
export function dayInWords(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

const texts = {
  nl: {
    subject: 'Er staat een vragenlijst voor u klaar in Regie',
    greeting: 'Hallo,',
    lead: 'Er staat een korte vragenlijst voor u klaar in Regie. U vult hem in met een paar klikken.',
    until: (day: string) => `U kunt de vragenlijst invullen tot en met ${day}.`,
    look: 'Hier vindt u de vragenlijst:',
    closing: 'Met vriendelijke groet,\nRegie',
  },
  en: {
    subject: 'A questionnaire is waiting for you in Regie',
    greeting: 'Hello,',
    lead: 'A short questionnaire is waiting for you in Regie. It takes only a few clicks.',
    until: (day: string) => `You can fill it in until and including ${day}.`,
    look: 'This is where you find it:',
    closing: 'Kind regards,\nRegie',
  },
} as const;

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

export interface EvaluationMailInput {
  to: string;
  locale: Locale;
  clientId: string;
  roundId: string;
  /** The round's last day to answer (YYYY-MM-DD, Amsterdam). */
  closesOn: string;
  linkOrigin: string;
}

/** The invitation to answer a round's questionnaire, in the recipient's language. */
export function evaluationInvitationMail(input: EvaluationMailInput): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  const t = texts[input.locale];
  const link = questionnaireLink(input.linkOrigin, input);
  const until = t.until(dayInWords(input.locale, input.closesOn));
  const paragraphs = [t.greeting, t.lead, until, `${t.look}\n${link}`, t.closing];
  const asHtml = (paragraph: string) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`;
  const html = [
    ...[t.greeting, t.lead, until].map(asHtml),
    `<p>${escapeHtml(t.look)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    asHtml(t.closing),
  ];
  return {
    to: input.to,
    subject: t.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${input.locale}"><body>${html.join('')}</body></html>`,
  };
}

/** The page a personal link opens (src/web/app/paths.ts, `evaluationLink`); the token rides in the #fragment. */
export function evaluationLinkUrl(linkOrigin: string, token: string): string {
  return `${linkOrigin}/vragenlijst#${token}`;
}

const linkTexts = {
  subject: 'Er staat een vragenlijst voor u klaar',
  greeting: 'Hallo,',
  lead: 'U bent gevraagd een korte vragenlijst in te vullen. U hebt er geen account voor nodig: u opent hem met de link hieronder.',
  until: (day: string) => `U kunt de vragenlijst invullen tot en met ${day}.`,
  look: 'Hier vindt u de vragenlijst:',
  personal:
    'Deze link is alleen voor u. Stuur hem niet door. U kunt de vragenlijst één keer invullen; daarna werkt de link niet meer.',
  closing: 'Met vriendelijke groet,\nRegie',
} as const;

export interface EvaluationLinkMailInput {
  to: string;
  /** The round's last day to answer (YYYY-MM-DD, Amsterdam). */
  closesOn: string;
  linkOrigin: string;
  token: string;
}

/**
 * The personal link to a round's questionnaire, for a member without an account, mailed to their
 * address on the network map. In Dutch: the map keeps no language (the page the link opens has a
 * language switch). Like the invitation: no client or group name, nothing that tells of care.
 */
export function evaluationLinkMail(input: EvaluationLinkMailInput): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  const t = linkTexts;
  const link = evaluationLinkUrl(input.linkOrigin, input.token);
  const until = t.until(dayInWords('nl', input.closesOn));
  const paragraphs = [t.greeting, t.lead, until, `${t.look}\n${link}`, t.personal, t.closing];
  const asHtml = (paragraph: string) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`;
  const html = [
    ...[t.greeting, t.lead, until].map(asHtml),
    `<p>${escapeHtml(t.look)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ...[t.personal, t.closing].map(asHtml),
  ];
  return {
    to: input.to,
    subject: t.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: `<!doctype html><html lang="nl"><body>${html.join('')}</body></html>`,
  };
}
