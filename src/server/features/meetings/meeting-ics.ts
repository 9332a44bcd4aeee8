import { createEvent, type EventAttributes } from 'ics';
import type { Locale } from '../../../shared/roles.js';
import type { MailAttachment } from '../../platform/mail/mailer.js';
import { meetingLink, meetingPlace, meetingTitle, type MeetingFacts, type MeetingReach } from './meeting-mail.js';

// The calendar file sent with every mail about a meeting (RFC 5545, with the iTIP methods of RFC
// 5546). One UID per meeting and a SEQUENCE raised with every change the members were told of, so a
// calendar replaces the event it holds, or removes it on CANCEL. DTSTART is the stored UTC instant:
// every calendar shows it in its own zone, right across a change to or from summer time.

export type CalendarMethod = 'request' | 'cancel';

export interface MeetingCalendarInput {
  meeting: MeetingFacts & { sequence: number };
  method: CalendarMethod;
  locale: Locale;
  linkOrigin: string;
  /** The mail's From ("Regie <noreply@…>" or a bare address): iTIP wants an organizer. */
  organizer: string;
  /** The recipient's address. */
  attendee: string;
  /** 'regie' unless the recipient cannot sign in to Regie: then the file has no link to it. */
  reach?: MeetingReach;
}

/** The calendar's UID of a meeting: the same for its invitation, updates and cancellation. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@regie`;
}

const address = /^[^\s<>@]+@[^\s<>@]+$/;

/** "Name <address>" or "address" as the calendar's ORGANIZER; undefined when there is no address in it. */
function organizerOf(from: string): { name?: string; email: string } | undefined {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(from);
  const name = named?.[1]?.trim();
  const email = (named?.[2] ?? from).trim();
  if (!address.test(email)) return undefined;
  return name ? { name, email } : { email };
}

const descriptions = {
  nl: { request: 'Meer over de bijeenkomst, en uw antwoord, in Regie:', cancel: 'Deze bijeenkomst gaat niet door. Zie Regie:' },
  en: { request: 'More about the meeting, and your answer, in Regie:', cancel: 'This meeting will not take place. See Regie:' },
} as const;

// For whoever cannot sign in to Regie: no link, and whom to tell instead of where to answer.
const descriptionsByMail = {
  nl: {
    request: 'Kunt u niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
    cancel: 'Deze bijeenkomst gaat niet door.',
  },
  en: { request: 'Can you not come? Please let the person who invited you know.', cancel: 'This meeting will not take place.' },
} as const;

/**
 * The .ics file of a meeting for one recipient: METHOD REQUEST (invitation, update, reminder) or
 * CANCEL, with the meeting's UID and sequence. Marked PRIVATE, so that a calendar shared with others
 * shows only that the time is taken. Replies go through Regie, not the calendar: RSVP is off.
 */
export function meetingCalendarFile(input: MeetingCalendarInput): MailAttachment {
  const { meeting, locale } = input;
  const reach = input.reach ?? 'regie';
  const link = reach === 'regie' ? meetingLink(input.linkOrigin, meeting) : null;
  const organizer = organizerOf(input.organizer);
  const method = input.method === 'cancel' ? 'CANCEL' : 'REQUEST';
  const attributes: EventAttributes = {
    productId: '-//Regie//Meetings//EN',
    method,
    uid: meetingUid(meeting.meetingId),
    sequence: meeting.sequence,
    // A number is read as an instant and written in UTC (…Z), whatever the server's own zone.
    start: Date.parse(meeting.startsAt),
    duration: { hours: Math.floor(meeting.durationMinutes / 60), minutes: meeting.durationMinutes % 60 },
    title: meetingTitle(locale),
    location: meetingPlace(locale, meeting, reach),
    description: link === null ? descriptionsByMail[locale][input.method] : `${descriptions[locale][input.method]} ${link}`,
    ...(link === null ? {} : { url: link }),
    status: input.method === 'cancel' ? 'CANCELLED' : 'CONFIRMED',
    classification: 'PRIVATE',
    ...(organizer ? { organizer } : {}),
    attendees: [{ email: input.attendee, name: input.attendee, rsvp: false, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
  };
  const { error, value } = createEvent(attributes);
  // Only a bug can get here (the inputs come from validated rows); say which field, not its value.
  if (error || value === null) throw new Error(`calendar file not made: ${error?.name ?? 'no value'}`);
  return {
    filename: locale === 'en' ? 'meeting.ics' : 'bijeenkomst.ics',
    content: value,
    // The method parameter must match the file's METHOD (RFC 6047) for mail programs to offer it.
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}
