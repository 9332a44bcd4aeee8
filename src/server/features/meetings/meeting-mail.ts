import { utcToAmsterdam } from '../../../domain/amsterdam-time.js';
import type { Locale } from '../../../shared/roles.js';
import { htmlDocument, htmlLinkParagraph, htmlParagraph } from '../../platform/mail/mail-html.js';
import type { MailMessage } from '../../platform/mail/mailer.js';

// Mails about a meeting go to every invited member, and others may read their mailbox. So they say
// only when, how long, where (the client's home is named "at home", never an address) and, to whoever
// uses Regie, where in Regie to look: no client name, no group name (it often holds the client's), no
// agenda, no theme and no word that tells of care.

export type MeetingMailKind = 'invitation' | 'update' | 'cancellation' | 'reminder';

/**
 * How the recipient takes part: `regie` for whoever opens the meeting in Regie (a relative with an
 * account the client shares meetings with, a professional of the client's team); `mail_only` for a
 * member Regie knows only by an address (someone from the network map, a relative without an
 * account, a professional of another team). A `mail_only` mail has no link and asks for no reply in Regie: they cannot sign in to it.
 */
export type MeetingReach = 'regie' | 'mail_only';

/** What a mail and a calendar file may say of a meeting. */
export interface MeetingFacts {
  meetingId: string;
  clientId: string;
  /** ISO instant in UTC (meetings.starts_at). */
  startsAt: string;
  durationMinutes: number;
  /** A LocationKind of src/domain/meetings.ts. */
  locationKind: string;
  /** The place for 'elsewhere', the link for 'video'; ignored for the other kinds. */
  locationDetail: string | null;
}

/** The meeting's page in the web app (src/web/app/paths.ts, `meeting`). */
export function meetingLink(linkOrigin: string, meeting: Pick<MeetingFacts, 'clientId' | 'meetingId'>): string {
  return `${linkOrigin}/clienten/${encodeURIComponent(meeting.clientId)}/bijeenkomsten/${encodeURIComponent(meeting.meetingId)}`;
}

/** The title in a calendar: plain enough for a calendar others can see. */
export function meetingTitle(locale: Locale): string {
  return locale === 'en' ? 'Group meeting' : 'Bijeenkomst van de groep';
}

const places = {
  nl: {
    client_home: 'Thuis, op het adres dat u kent',
    team_office: 'Op kantoor van het team',
    video: 'Videogesprek',
    unknown: 'Dat leest u in Regie',
    unknownByMail: 'Dat hoort u van de persoon die u heeft uitgenodigd',
  },
  en: {
    client_home: 'At home, the address you know',
    team_office: "At the team's office",
    video: 'Video call',
    unknown: 'See Regie',
    unknownByMail: 'The person who invited you will tell you',
  },
} as const;

// Free text from a form may hold line breaks; a mail line and a calendar field take one line.
const oneLine = (text: string) => text.replaceAll(/\s+/g, ' ').trim();

/** Where the meeting is, as mail and calendar say it. */
export function meetingPlace(
  locale: Locale,
  meeting: Pick<MeetingFacts, 'locationKind' | 'locationDetail'>,
  reach: MeetingReach = 'regie',
): string {
  const words = places[locale];
  const unknown = reach === 'regie' ? words.unknown : words.unknownByMail;
  const detail = meeting.locationDetail === null ? '' : oneLine(meeting.locationDetail);
  switch (meeting.locationKind) {
    case 'client_home':
      return words.client_home;
    case 'team_office':
      return words.team_office;
    case 'elsewhere':
      return detail === '' ? unknown : detail;
    case 'video':
      return detail === '' ? words.video : `${words.video}: ${detail}`;
    default:
      return unknown;
  }
}

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

function durationText(locale: Locale, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (locale === 'en') {
    const h = hours === 0 ? '' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
    const m = rest === 0 ? '' : `${rest} minutes`;
    return [h, m].filter(Boolean).join(' and ');
  }
  const h = hours === 0 ? '' : `${hours} uur`;
  const m = rest === 0 ? '' : `${rest} minuten`;
  return [h, m].filter(Boolean).join(' en ');
}

/** Day, clock times and length in words, in Amsterdam time whatever the server's zone. */
export function meetingWhen(
  locale: Locale,
  meeting: Pick<MeetingFacts, 'startsAt' | 'durationMinutes'>,
): { date: string; start: string; end: string; duration: string } {
  const start = Date.parse(meeting.startsAt);
  const end = new Date(start + meeting.durationMinutes * 60_000).toISOString();
  return {
    date: dateFormat(locale).format(start),
    start: utcToAmsterdam(meeting.startsAt).time,
    end: utcToAmsterdam(end).time,
    duration: durationText(locale, meeting.durationMinutes),
  };
}

interface Texts {
  subject: string;
  lead: string;
  /** Before the link. */
  look: string;
  /** What to do in Regie; null when there is nothing to answer. */
  answer: string | null;
  /** For a `mail_only` recipient, instead of the link and `answer`: whom to tell; null for nothing. */
  tell: string | null;
  /** What the calendar file does. */
  calendar: string;
}

type Details = ReturnType<typeof meetingWhen>;

function textsFor(kind: MeetingMailKind, locale: Locale, when: Details): Texts {
  if (locale === 'en') {
    const on = `${when.date} at ${when.start}`;
    switch (kind) {
      case 'invitation':
        return {
          subject: `Invitation: group meeting on ${when.date}`,
          lead: 'You are invited to a meeting of the group.',
          look: 'You can read more about the meeting in Regie:',
          answer: 'Can you come? Please give your answer in Regie: yes, no or maybe.',
          tell: 'Can you not come? Please let the person who invited you know.',
          calendar: 'The attached file puts the meeting in your calendar.',
        };
      case 'update':
        return {
          subject: `Changed: group meeting on ${when.date}`,
          lead: 'The meeting of the group has changed. These are the new details.',
          look: 'You can read more about the meeting in Regie:',
          answer: 'Can you still come? Please give your answer in Regie.',
          tell: 'Can you no longer come? Please let the person who invited you know.',
          calendar: 'The attached file changes the meeting in your calendar.',
        };
      case 'cancellation':
        return {
          subject: `Cancelled: group meeting on ${when.date}`,
          lead: `The meeting of the group on ${on} will not take place.`,
          look: 'In Regie you can see the other meetings of the group:',
          answer: null,
          tell: null,
          calendar: 'The attached file takes the meeting out of your calendar.',
        };
      case 'reminder':
        return {
          subject: `Reminder: group meeting on ${when.date}`,
          lead: 'This is a reminder of the meeting of the group.',
          look: 'You can read more about the meeting in Regie:',
          answer: 'Have you not answered yet, or can you not come after all? Please say so in Regie.',
          tell: 'Can you not come after all? Please let the person who invited you know.',
          calendar: 'The attached file puts the meeting in your calendar, if it is not there yet.',
        };
    }
  }
  const on = `${when.date} om ${when.start} uur`;
  switch (kind) {
    case 'invitation':
      return {
        subject: `Uitnodiging: bijeenkomst van de groep op ${when.date}`,
        lead: 'U bent uitgenodigd voor een bijeenkomst van de groep.',
        look: 'Meer over de bijeenkomst leest u in Regie:',
        answer: 'Kunt u komen? Geef uw antwoord in Regie: ja, nee of misschien.',
        tell: 'Kunt u niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
        calendar: 'Met het bestand in de bijlage zet u de bijeenkomst in uw agenda.',
      };
    case 'update':
      return {
        subject: `Gewijzigd: bijeenkomst van de groep op ${when.date}`,
        lead: 'De bijeenkomst van de groep is veranderd. Dit zijn de nieuwe gegevens.',
        look: 'Meer over de bijeenkomst leest u in Regie:',
        answer: 'Kunt u nog steeds komen? Geef uw antwoord in Regie.',
        tell: 'Kunt u nu niet meer komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
        calendar: 'Met het bestand in de bijlage past u de bijeenkomst in uw agenda aan.',
      };
    case 'cancellation':
      return {
        subject: `Gaat niet door: bijeenkomst van de groep op ${when.date}`,
        lead: `De bijeenkomst van de groep op ${on} gaat niet door.`,
        look: 'In Regie ziet u de andere bijeenkomsten van de groep:',
        answer: null,
        tell: null,
        calendar: 'Met het bestand in de bijlage haalt u de bijeenkomst uit uw agenda.',
      };
    case 'reminder':
      return {
        subject: `Herinnering: bijeenkomst van de groep op ${when.date}`,
        lead: 'Dit is een herinnering aan de bijeenkomst van de groep.',
        look: 'Meer over de bijeenkomst leest u in Regie:',
        answer: 'Heeft u nog niet geantwoord? Of kunt u toch niet komen? Geef het door in Regie.',
        tell: 'Kunt u toch niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
        calendar: 'Staat de bijeenkomst nog niet in uw agenda? Met het bestand in de bijlage zet u hem erin.',
      };
  }
}

const labels = {
  nl: { greeting: 'Hallo,', date: 'Datum', time: 'Tijd', place: 'Plaats', to: 'tot', closing: 'Met vriendelijke groet,\nRegie' },
  en: { greeting: 'Hello,', date: 'Date', time: 'Time', place: 'Place', to: 'to', closing: 'Kind regards,\nRegie' },
} as const;

export interface MeetingMailInput {
  kind: MeetingMailKind;
  to: string;
  locale: Locale;
  meeting: MeetingFacts;
  linkOrigin: string;
  /** 'regie' unless the recipient cannot sign in to Regie. */
  reach?: MeetingReach;
}

/**
 * A mail about a meeting in the recipient's language: what changed (invited, changed, cancelled,
 * reminded), when and where, and for a recipient in Regie the link to the meeting and what to answer
 * there; for a `mail_only` recipient no link, only whom to tell when they cannot come. The calendar
 * file is attached by the caller (meeting-ics.ts).
 */
export function meetingMail(input: MeetingMailInput): Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'> {
  const { locale, meeting } = input;
  const reach = input.reach ?? 'regie';
  const when = meetingWhen(locale, meeting);
  const t = textsFor(input.kind, locale, when);
  const l = labels[locale];
  const link = reach === 'regie' ? meetingLink(input.linkOrigin, meeting) : null;
  const details = [
    `${l.date}: ${when.date}`,
    `${l.time}: ${when.start} ${l.to} ${when.end} (${when.duration})`,
    `${l.place}: ${meetingPlace(locale, meeting, reach)}`,
  ];
  // A cancellation names its day and time in the lead; the rest of the details no longer matter.
  const body = input.kind === 'cancellation' ? [] : [details.join('\n')];
  const answer = link === null ? t.tell : t.answer;
  const after = [...(answer === null ? [] : [answer]), t.calendar, l.closing];
  const paragraphs = [l.greeting, t.lead, ...body, ...(link === null ? [] : [`${t.look}\n${link}`]), ...after];
  const html = [
    ...[l.greeting, t.lead, ...body].map(htmlParagraph),
    ...(link === null ? [] : [htmlLinkParagraph(t.look, link)]),
    ...after.map(htmlParagraph),
  ];
  return {
    to: input.to,
    subject: t.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: htmlDocument(locale, html),
  };
}
