import type { Locale } from '../../../shared/roles.js';
import { htmlDocument, htmlLinkParagraph, htmlParagraph } from '../../platform/mail/mail-html.js';
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

export interface EvaluationMailInput {
  to: string;
  locale: Locale;
  clientId: string;
  roundId: string;
  /** The round's last day to answer (YYYY-MM-DD, Amsterdam). */
  closesOn: string;
  linkOrigin: string;
}

// The reminder, two days before the last day, to whoever has not answered yet: as plain as the invitation.
const reminderTexts = {
  nl: {
    subject: 'Herinnering: er staat nog een vragenlijst voor u klaar in Regie',
    greeting: 'Hallo,',
    lead: 'U hebt de korte vragenlijst in Regie nog niet ingevuld. Dat kan nog een paar dagen.',
    until: (day: string) => `De laatste dag is ${day}.`,
    look: 'Hier vindt u de vragenlijst:',
    closing: 'Met vriendelijke groet,\nRegie',
  },
  en: {
    subject: 'Reminder: a questionnaire is still waiting for you in Regie',
    greeting: 'Hello,',
    lead: 'You have not filled in the short questionnaire in Regie yet. There are a few days left.',
    until: (day: string) => `The last day is ${day}.`,
    look: 'This is where you find it:',
    closing: 'Kind regards,\nRegie',
  },
} as const;

interface MailTexts {
  subject: string;
  greeting: string;
  lead: string;
  until: (day: string) => string;
  look: string;
  /** Said after the link, before the closing. */
  after?: string;
  closing: string;
}

// A mail of short paragraphs with one link, in text and in HTML.
function composeMail(
  to: string,
  locale: Locale,
  t: MailTexts,
  link: string,
  closesOn: string,
): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  const until = t.until(dayInWords(locale, closesOn));
  const after = t.after === undefined ? [] : [t.after];
  const paragraphs = [t.greeting, t.lead, until, `${t.look}\n${link}`, ...after, t.closing];
  const html = [
    ...[t.greeting, t.lead, until].map(htmlParagraph),
    htmlLinkParagraph(t.look, link),
    ...[...after, t.closing].map(htmlParagraph),
  ];
  return {
    to,
    subject: t.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: htmlDocument(locale, html),
  };
}

/** The invitation to answer a round's questionnaire, in the recipient's language. */
export function evaluationInvitationMail(input: EvaluationMailInput): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  return composeMail(input.to, input.locale, texts[input.locale], questionnaireLink(input.linkOrigin, input), input.closesOn);
}

/** The reminder to answer a round's questionnaire, in the recipient's language, with the invitation's link. */
export function evaluationReminderMail(input: EvaluationMailInput): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  return composeMail(
    input.to,
    input.locale,
    reminderTexts[input.locale],
    questionnaireLink(input.linkOrigin, input),
    input.closesOn,
  );
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
  const { personal, ...t } = linkTexts;
  return composeMail(input.to, 'nl', { ...t, after: personal }, evaluationLinkUrl(input.linkOrigin, input.token), input.closesOn);
}

const linkReminderTexts = {
  subject: 'Herinnering: er staat nog een vragenlijst voor u klaar',
  greeting: 'Hallo,',
  lead: 'U hebt de korte vragenlijst nog niet ingevuld. Dat kan nog een paar dagen, met de nieuwe link hieronder. U hebt er geen account voor nodig.',
  until: (day: string) => `De laatste dag is ${day}.`,
  look: 'Hier vindt u de vragenlijst:',
  after:
    'Deze link is alleen voor u. Stuur hem niet door. Hij vervangt de link uit de eerste mail: die werkt niet meer. U kunt de vragenlijst één keer invullen.',
  closing: 'Met vriendelijke groet,\nRegie',
} as const;

/**
 * The reminder for a member without an account, with a new personal link that replaces the one
 * before. In Dutch, like the first link mail; no client or group name, nothing that tells of care.
 */
export function evaluationLinkReminderMail(
  input: EvaluationLinkMailInput,
): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  return composeMail(input.to, 'nl', linkReminderTexts, evaluationLinkUrl(input.linkOrigin, input.token), input.closesOn);
}
