import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../domain/amsterdam-time.js';
import { meetingMail, meetingWhen, type MeetingFacts, type MeetingMailKind, type MeetingReach } from './meeting-mail.js';

const meeting: MeetingFacts = {
  meetingId: 'meeting-7',
  clientId: 'client-3',
  startsAt: amsterdamToUtc('2027-04-08', '14:00'),
  durationMinutes: 90,
  locationKind: 'client_home',
  locationDetail: null,
};
const link = 'https://regie.example.nl/clienten/client-3/bijeenkomsten/meeting-7';
const kinds: MeetingMailKind[] = ['invitation', 'update', 'cancellation', 'reminder'];

const mail = (
  kind: MeetingMailKind,
  locale: 'nl' | 'en' = 'nl',
  facts: Partial<MeetingFacts> = {},
  reach: MeetingReach = 'regie',
) =>
  meetingMail({
    kind,
    to: 'lid@example.org',
    locale,
    meeting: { ...meeting, ...facts },
    linkOrigin: 'https://regie.example.nl',
    reach,
  });

describe('mails about a meeting', () => {
  it('say day, time and length in Amsterdam time, in Dutch or English', () => {
    expect(meetingWhen('nl', meeting)).toEqual({
      date: 'donderdag 8 april 2027',
      start: '14:00',
      end: '15:30',
      duration: '1 uur en 30 minuten',
    });
    expect(meetingWhen('en', meeting)).toMatchObject({
      date: 'Thursday, 8 April 2027',
      start: '14:00',
      duration: '1 hour and 30 minutes',
    });
    // In winter time the same clock time is another UTC hour, and still 14:00 in the mail.
    expect(meetingWhen('nl', { startsAt: amsterdamToUtc('2027-03-25', '14:00'), durationMinutes: 45 })).toEqual({
      date: 'donderdag 25 maart 2027',
      start: '14:00',
      end: '14:45',
      duration: '45 minuten',
    });

    const nl = mail('invitation');
    expect(nl.to).toBe('lid@example.org');
    expect(nl.subject).toBe('Uitnodiging: bijeenkomst van de groep op donderdag 8 april 2027');
    expect(nl.text).toContain('Datum: donderdag 8 april 2027');
    expect(nl.text).toContain('Tijd: 14:00 tot 15:30 (1 uur en 30 minuten)');
    expect(nl.text).toContain('Plaats: Thuis, op het adres dat u kent');
    expect(nl.text).toContain(link);
    expect(nl.text).toMatch(/antwoord in Regie/);
    expect(nl.html).toContain(`<a href="${link}">`);

    const en = mail('invitation', 'en');
    expect(en.subject).toBe('Invitation: group meeting on Thursday, 8 April 2027');
    expect(en.text).toContain('Place: At home, the address you know');
    expect(en.text).toMatch(/answer in Regie/);
  });

  it('tell an invitation, an update, a cancellation and a reminder apart', () => {
    expect(kinds.map((kind) => mail(kind).subject.split(':')[0])).toEqual([
      'Uitnodiging',
      'Gewijzigd',
      'Gaat niet door',
      'Herinnering',
    ]);
    expect(kinds.map((kind) => mail(kind, 'en').subject.split(':')[0])).toEqual([
      'Invitation',
      'Changed',
      'Cancelled',
      'Reminder',
    ]);
    const cancellation = mail('cancellation');
    expect(cancellation.text).toContain('op donderdag 8 april 2027 om 14:00 uur gaat niet door');
    expect(cancellation.text).not.toMatch(/antwoord/);
    expect(mail('update').text).toMatch(/veranderd/);
  });

  it('give a member who cannot sign in to Regie no link and no reply in Regie, but whom to tell', () => {
    const tell = {
      nl: {
        invitation: 'Kunt u niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
        update: 'Kunt u nu niet meer komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
        reminder: 'Kunt u toch niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.',
      },
      en: {
        invitation: 'Can you not come? Please let the person who invited you know.',
        update: 'Can you no longer come? Please let the person who invited you know.',
        reminder: 'Can you not come after all? Please let the person who invited you know.',
      },
    } as const;
    for (const kind of kinds) {
      for (const locale of ['nl', 'en'] as const) {
        const byMail = mail(kind, locale, {}, 'mail_only');
        const all = `${byMail.subject}\n${byMail.text}\n${byMail.html ?? ''}`;
        expect(all, `${kind} ${locale}`).not.toContain('regie.example.nl');
        expect(all, `${kind} ${locale}`).not.toMatch(/in Regie|<a /);
        // The same subject and details as everyone's mail: only the way to answer differs.
        expect(byMail.subject).toBe(mail(kind, locale).subject);
        if (kind === 'cancellation') expect(byMail.text).not.toMatch(/Laat het|let the person/);
        else {
          expect(byMail.text).toContain(tell[locale][kind]);
          expect(byMail.text).toContain(locale === 'nl' ? 'Plaats: Thuis, op het adres dat u kent' : 'Place: At home');
        }
      }
    }
    // A place Regie cannot name is not looked up in Regie either.
    expect(mail('invitation', 'nl', { locationKind: 'elsewhere', locationDetail: null }, 'mail_only').text).toContain(
      'Plaats: Dat hoort u van de persoon die u heeft uitgenodigd',
    );
    expect(mail('invitation', 'nl', { locationKind: 'elsewhere', locationDetail: null }).text).toContain(
      'Plaats: Dat leest u in Regie',
    );
    // Everyone else's mail keeps the link and the answer in Regie, and does not send them elsewhere.
    expect(mail('reminder').text).toContain(link);
    expect(mail('reminder').text).not.toMatch(/Laat het dan weten/);
  });

  it('name a place elsewhere or a video link as the client gave it, on one line', () => {
    expect(mail('invitation', 'nl', { locationKind: 'elsewhere', locationDetail: 'Buurthuis De Linde\nzaal 2' }).text).toContain(
      'Plaats: Buurthuis De Linde zaal 2',
    );
    expect(mail('reminder', 'en', { locationKind: 'video', locationDetail: 'https://meet.example.org/x' }).text).toContain(
      'Place: Video call: https://meet.example.org/x',
    );
    expect(mail('invitation', 'nl', { locationKind: 'team_office', locationDetail: 'ignored' }).text).toContain(
      'Plaats: Op kantoor van het team',
    );
  });

  it('carry no care words and escape what goes into the HTML', () => {
    for (const kind of kinds) {
      for (const locale of ['nl', 'en'] as const) {
        for (const reach of ['regie', 'mail_only'] as const) {
          const { subject, text } = mail(kind, locale, {}, reach);
          const all = `${subject}\n${text}`.toLowerCase();
          for (const word of [
            'ggz',
            'zorg',
            'herstel',
            'recovery',
            'resource',
            'behandel',
            'treatment',
            'psych',
            'agenda item',
          ]) {
            expect(all, `${kind} ${locale} ${reach}`).not.toContain(word);
          }
        }
      }
    }
    const html = mail('invitation', 'nl', { locationKind: 'elsewhere', locationDetail: '<b>Café "De Hoek"</b>' }).html ?? '';
    expect(html).toContain('&lt;b&gt;Café &quot;De Hoek&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
