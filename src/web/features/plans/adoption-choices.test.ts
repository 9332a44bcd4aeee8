import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../shared/meetings.js';
import { en, nl } from '../../i18n/texts.js';
import { adoptionBody, adoptionMeetings, meetingChoiceLabel, otherDay } from './adoption-choices.js';

const meeting = (overrides: Partial<MeetingSummary> & Pick<MeetingSummary, 'id' | 'date'>): MeetingSummary => ({
  kind: 'follow_up',
  theme: null,
  time: '19:30',
  durationMinutes: 90,
  locationKind: 'client_home',
  status: 'planned',
  held: true,
  minutesStatus: 'draft',
  myAnswer: null,
  ...overrides,
});

describe('the meetings offered for adopting the plan', () => {
  let nlT: TFunction;
  let enT: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: 'nl',
      interpolation: { escapeValue: false },
    });
    nlT = instance.getFixedT('nl');
    enT = instance.getFixedT('en');
  });

  it('offers only meetings that took place, the newest first', () => {
    const offered = adoptionMeetings([
      meeting({ id: 'coming', date: '2026-12-01', held: false }),
      meeting({ id: 'march', date: '2026-03-12' }),
      meeting({ id: 'cancelled', date: '2026-06-01', status: 'cancelled', held: false }),
      meeting({ id: 'june-evening', date: '2026-06-10', time: '19:30' }),
      meeting({ id: 'june-morning', date: '2026-06-10', time: '10:00' }),
    ]);
    expect(offered.map((m) => m.id)).toEqual(['june-evening', 'june-morning', 'march']);
  });

  it('offers at most the latest few, so that the usual answer stays in sight', () => {
    const many = Array.from({ length: 8 }, (_, i) => meeting({ id: `m${i}`, date: `2026-0${i + 1}-15` }));
    expect(adoptionMeetings(many).map((m) => m.id)).toEqual(['m7', 'm6', 'm5', 'm4', 'm3']);
    expect(adoptionMeetings(many, 2).map((m) => m.id)).toEqual(['m7', 'm6']);
  });

  it('names a meeting by its kind and day, with the time only when another offered meeting shares the day', () => {
    const offered = adoptionMeetings([
      meeting({ id: 'theme', date: '2026-06-10', kind: 'theme', theme: 'Terugval voorkomen', time: '10:00' }),
      meeting({ id: 'follow', date: '2026-06-10', time: '19:30' }),
      meeting({ id: 'start', date: '2026-03-12', kind: 'start' }),
    ]);
    const [follow, theme, start] = offered;
    if (!follow || !theme || !start) throw new Error('three meetings expected');
    expect(meetingChoiceLabel(nlT, start, offered, 'nl')).toBe('Startbijeenkomst van 12 maart 2026');
    expect(meetingChoiceLabel(nlT, follow, offered, 'nl')).toBe('Vervolgbijeenkomst van 10 juni 2026 om 19:30');
    expect(meetingChoiceLabel(nlT, theme, offered, 'nl')).toBe('Themabijeenkomst van 10 juni 2026 om 10:00 (Terugval voorkomen)');
    expect(meetingChoiceLabel(enT, start, offered, 'en')).toMatch(/12 March 2026$/);
  });

  it('sends the chosen meeting with its own day, and a typed day without a meeting', () => {
    const offered = adoptionMeetings([meeting({ id: 'march', date: '2026-03-12' })]);
    expect(adoptionBody('march', '2026-05-01', offered)).toEqual({ meetingOn: '2026-03-12', meetingId: 'march' });
    expect(adoptionBody(otherDay, ' 2026-05-01 ', offered)).toEqual({ meetingOn: '2026-05-01' });
  });
});
