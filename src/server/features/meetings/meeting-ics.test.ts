import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../domain/amsterdam-time.js';
import { meetingCalendarFile, type MeetingCalendarInput } from './meeting-ics.js';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

// Reads an iCalendar text as a calendar program would: lines end in CRLF, a line starting with a
// space or tab continues the one before, NAME;PARAM=…:VALUE, and text values escape , ; \ and newline.
function parseCalendar(text: string): Property[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const unfolded = text.replaceAll(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z-]+)((?:;[A-Z-]+=(?:"[^"]*"|[^;:"]*))*):(.*)$/.exec(line);
      if (!match) throw new Error(`not a content line: ${line}`);
      const params: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? '').matchAll(/;([A-Z-]+)=("[^"]*"|[^;:"]*)/g)) {
        if (key !== undefined && value !== undefined) params[key] = value.replace(/^"(.*)"$/, '$1');
      }
      return { name: match[1] ?? '', params, value: match[3] ?? '' };
    });
}

const unescapeText = (value: string) => value.replaceAll(/\\([,;\\])/g, '$1').replaceAll(/\\n/gi, '\n');

function one(properties: Property[], name: string): Property {
  const found = properties.filter((property) => property.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Property;
}

const meetingId = '0b6c2a58-4c0e-4d0b-9d1d-0f3c5d7a1e21';

type Overrides = Partial<Omit<MeetingCalendarInput, 'meeting'>> & { meeting?: Partial<MeetingCalendarInput['meeting']> };

function input(overrides: Overrides = {}): MeetingCalendarInput {
  return {
    method: 'request',
    locale: 'nl',
    linkOrigin: 'https://regie.example.nl',
    organizer: 'Regie <noreply@regie.example.nl>',
    attendee: 'naaste@example.org',
    ...overrides,
    meeting: {
      meetingId,
      clientId: 'client-1',
      startsAt: amsterdamToUtc('2027-04-08', '14:00'),
      durationMinutes: 90,
      locationKind: 'client_home',
      locationDetail: null,
      sequence: 0,
      ...overrides.meeting,
    },
  };
}

const calendarOf = (value: MeetingCalendarInput) => {
  const file = meetingCalendarFile(value);
  return { file, properties: parseCalendar(String(file.content)) };
};

describe('the calendar file of a meeting', () => {
  it('puts the start in UTC as the Amsterdam clock had it, in summer time and in winter time', () => {
    // 2027-03-28 is the change to summer time: two hours ahead of UTC after it, one hour before it.
    const summer = calendarOf(input({ meeting: { startsAt: amsterdamToUtc('2027-04-08', '14:00') } }));
    expect(one(summer.properties, 'DTSTART').value).toBe('20270408T120000Z');
    const winter = calendarOf(input({ meeting: { startsAt: amsterdamToUtc('2027-03-25', '14:00') } }));
    expect(one(winter.properties, 'DTSTART').value).toBe('20270325T130000Z');
  });

  it('is an invitation with the meeting’s UID, sequence, length and an organizer and attendee', () => {
    const { file, properties } = calendarOf(input({ meeting: { sequence: 3 } }));
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(file.filename).toMatch(/\.ics$/);
    expect(properties[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(properties.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(one(properties, 'VERSION').value).toBe('2.0');
    expect(one(properties, 'METHOD').value).toBe('REQUEST');
    expect(one(properties, 'UID').value).toBe(`${meetingId}@regie`);
    expect(one(properties, 'SEQUENCE').value).toBe('3');
    expect(one(properties, 'STATUS').value).toBe('CONFIRMED');
    expect(one(properties, 'DURATION').value).toBe('PT1H30M');
    expect(one(properties, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(one(properties, 'CLASS').value).toBe('PRIVATE');
    expect(one(properties, 'URL').value).toBe(`https://regie.example.nl/clienten/client-1/bijeenkomsten/${meetingId}`);
    expect(one(properties, 'ORGANIZER')).toMatchObject({ params: { CN: 'Regie' }, value: 'MAILTO:noreply@regie.example.nl' });
    const attendee = one(properties, 'ATTENDEE');
    expect(attendee.value.toLowerCase()).toBe('mailto:naaste@example.org');
    // Replies go through Regie: the calendar must not offer to mail the organizer.
    expect(attendee.params.RSVP).toBe('FALSE');
  });

  it('cancels with the same UID, a higher sequence, METHOD CANCEL and STATUS CANCELLED', () => {
    const invitation = calendarOf(input({ meeting: { sequence: 1 } })).properties;
    const { file, properties } = calendarOf(input({ method: 'cancel', meeting: { sequence: 2 } }));
    expect(file.contentType).toContain('method=CANCEL');
    expect(one(properties, 'METHOD').value).toBe('CANCEL');
    expect(one(properties, 'STATUS').value).toBe('CANCELLED');
    expect(one(properties, 'UID').value).toBe(one(invitation, 'UID').value);
    expect(Number(one(properties, 'SEQUENCE').value)).toBeGreaterThan(Number(one(invitation, 'SEQUENCE').value));
  });

  it('has no link to Regie for a member who cannot sign in to it, and says whom to tell instead', () => {
    for (const method of ['request', 'cancel'] as const) {
      for (const locale of ['nl', 'en'] as const) {
        const { properties } = calendarOf(input({ method, locale, reach: 'mail_only' }));
        expect(properties.filter((property) => property.name === 'URL')).toEqual([]);
        const everything = unescapeText(properties.map((property) => property.value).join('\n'));
        expect(everything).not.toContain('regie.example.nl/');
        expect(everything).not.toMatch(/in Regie|See Regie|Zie Regie/);
        expect(one(properties, 'UID').value).toBe(`${meetingId}@regie`);
      }
    }
    expect(unescapeText(one(calendarOf(input({ reach: 'mail_only' })).properties, 'DESCRIPTION').value)).toBe(
      'Kunt u niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
    );
    expect(unescapeText(one(calendarOf(input({ reach: 'mail_only', locale: 'en' })).properties, 'DESCRIPTION').value)).toBe(
      'Can you not come? Please let the person who invited you know.',
    );
  });

  it('names the place without an address, and says nothing of the client or of care', () => {
    const place = (locale: 'nl' | 'en', locationKind: string, locationDetail: string | null = null) =>
      unescapeText(one(calendarOf(input({ locale, meeting: { locationKind, locationDetail } })).properties, 'LOCATION').value);
    expect(place('nl', 'client_home')).toBe('Thuis, op het adres dat u kent');
    expect(place('en', 'client_home')).toBe('At home, the address you know');
    expect(place('nl', 'team_office')).toBe('Op kantoor van het team');
    expect(place('en', 'team_office')).toBe("At the team's office");
    expect(place('nl', 'elsewhere', 'Buurthuis De Linde,\nzaal 2')).toBe('Buurthuis De Linde, zaal 2');
    expect(place('en', 'video', 'https://meet.example.org/abc')).toBe('Video call: https://meet.example.org/abc');

    const nl = calendarOf(input()).properties;
    expect(unescapeText(one(nl, 'SUMMARY').value)).toBe('Bijeenkomst van de groep');
    expect(unescapeText(one(calendarOf(input({ locale: 'en' })).properties, 'SUMMARY').value)).toBe('Group meeting');
    const everything = unescapeText(nl.map((property) => property.value).join('\n')).toLowerCase();
    for (const word of ['ggz', 'zorg', 'herstel', 'resource', 'behandel', 'psych', 'client-1 ', 'agenda']) {
      expect(everything).not.toContain(word);
    }
  });
});
