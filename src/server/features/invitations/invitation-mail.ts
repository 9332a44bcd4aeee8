import type { Locale } from '../../../shared/roles.js';
import { escapeHtml, htmlDocument, htmlParagraph } from '../../platform/mail/mail-html.js';
import type { MailMessage } from '../../platform/mail/mailer.js';

export type LinkPurpose = 'invitation' | 'password_reset';

export interface LinkMailInput {
  purpose: LinkPurpose;
  to: string;
  locale: Locale;
  link: string;
  expiresAt: Date;
  /** A professional sets up a second factor after choosing a password. */
  isProfessional: boolean;
  /** The invitation asks the person to join a client's resource group (without saying whose). */
  forGroup?: boolean;
}

const when = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);

interface Texts {
  subject: string;
  greeting: string;
  lead: string;
  /** The text of the link in the HTML version. */
  action: string;
  validity: string;
  extra: string | null;
  notForYou: string;
  closing: string;
}

// A request to join a resource group: the same mail, with a subject and a first paragraph that say
// what is asked. Still no name: who asks is shown on the page behind the link.
const groupTexts = {
  nl: {
    subject: 'Een vraag om mee te doen in een resourcegroep',
    lead: 'U bent gevraagd om mee te doen in een resourcegroep. Dat is een groep mensen die iemand steunt bij zijn of haar herstel. Met deze link leest u wie het vraagt. Daar zegt u ja of nee. Zegt u ja, dan kiest u ook een wachtwoord voor Regie:',
    action: 'Bekijk de vraag',
  },
  en: {
    subject: 'A request to join a resource group',
    lead: 'You have been asked to join a resource group: a group of people who support someone in their recovery. This link shows who is asking, and there you say yes or no. If you say yes, you also choose a password for Regie:',
    action: 'See the request',
  },
} as const;

function texts(input: LinkMailInput): Texts {
  const plain = linkTexts(input);
  return input.purpose === 'invitation' && input.forGroup === true ? { ...plain, ...groupTexts[input.locale] } : plain;
}

function linkTexts({ purpose, locale, expiresAt, isProfessional }: LinkMailInput): Texts {
  const until = when(locale, expiresAt);
  if (locale === 'en') {
    return purpose === 'invitation'
      ? {
          subject: 'Your invitation to Regie',
          greeting: 'Hello,',
          lead: 'You have been invited to create an account in Regie. First choose a password, with this link:',
          action: 'Choose your password',
          validity: `This link works until ${until} (Dutch time), and only once. Has it stopped working? Then ask the person who invited you for a new invitation.`,
          extra: isProfessional ? 'After that you set up a second step for signing in: a code from an app on your phone.' : null,
          notForYou:
            'Was this email not meant for you? Then you need not do anything: without this link nobody can use the account. You can delete this email.',
          closing: 'Kind regards,\nRegie',
        }
      : {
          subject: 'A new password for Regie',
          greeting: 'Hello,',
          lead: 'Someone asked for a new password for your account in Regie. Was that you? Then choose a new password with this link:',
          action: 'Choose a new password',
          validity: `This link works until ${until} (Dutch time), and only once.`,
          extra: null,
          notForYou:
            'Did you not ask for this? Then you need not do anything: your password stays the same. You can delete this email.',
          closing: 'Kind regards,\nRegie',
        };
  }
  return purpose === 'invitation'
    ? {
        subject: 'Uw uitnodiging voor Regie',
        greeting: 'Hallo,',
        lead: 'U bent uitgenodigd om een account te maken in Regie. Kies eerst een wachtwoord. Dat doet u met deze link:',
        action: 'Kies uw wachtwoord',
        validity: `Deze link werkt tot ${until} (Nederlandse tijd). U kunt de link maar één keer gebruiken. Werkt de link niet meer? Vraag dan een nieuwe uitnodiging aan de persoon die u heeft uitgenodigd.`,
        extra: isProfessional ? 'Daarna stelt u een tweede stap in om in te loggen: een code uit een app op uw telefoon.' : null,
        notForYou:
          'Is deze e-mail niet voor u bedoeld? Dan hoeft u niets te doen. Zonder deze link kan niemand het account gebruiken. U kunt deze e-mail weggooien.',
        closing: 'Met vriendelijke groet,\nRegie',
      }
    : {
        subject: 'Nieuw wachtwoord voor Regie',
        greeting: 'Hallo,',
        lead: 'Iemand heeft gevraagd om een nieuw wachtwoord voor uw account in Regie. Was u dat? Kies dan een nieuw wachtwoord met deze link:',
        action: 'Kies een nieuw wachtwoord',
        validity: `Deze link werkt tot ${until} (Nederlandse tijd). U kunt de link maar één keer gebruiken.`,
        extra: null,
        notForYou:
          'Heeft u dit niet gevraagd? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde. U kunt deze e-mail weggooien.',
        closing: 'Met vriendelijke groet,\nRegie',
      };
}

/**
 * The mail with an invitation or password-reset link, in the account's language. On purpose it says
 * nothing else: no name, no organisation, no care. Only that there is an account, the link, until
 * when it works, and what to do if the mail was not meant for the reader.
 */
export function linkMail(input: LinkMailInput): MailMessage {
  const t = texts(input);
  const paragraphs = [t.greeting, t.lead, input.link, t.validity, ...(t.extra === null ? [] : [t.extra]), t.notForYou, t.closing];
  const htmlParagraphs = [
    t.greeting,
    t.lead,
    `<a href="${escapeHtml(input.link)}">${escapeHtml(t.action)}</a>`,
    t.validity,
    ...(t.extra === null ? [] : [t.extra]),
    t.notForYou,
    t.closing,
  ].map((paragraph, index) => (index === 2 ? `<p>${paragraph}</p>` : htmlParagraph(paragraph)));
  return {
    to: input.to,
    subject: t.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: htmlDocument(input.locale, htmlParagraphs),
  };
}
