import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { rhythmStates } from '../../../domain/meeting-rhythm.js';
import {
  agendaItemCodes,
  agendaTemplate,
  locationKinds,
  meetingKinds,
  responseAnswers,
  startEvaluationQuestions,
  suggestedThemes,
} from '../../../domain/meetings.js';
import { memberKinds, professionalRoles } from '../../../domain/membership.js';
import { agreementStatuses, goalHorizons } from '../../../domain/plan.js';
import type { MeetingAttention, Rhythm } from '../../../shared/meetings.js';
import { en, nl } from '../../i18n/texts.js';
import {
  agendaTitle,
  clientSelf,
  endTime,
  formatDay,
  formatMomentDay,
  meetingDetails,
  meetingTitle,
  meetingWhat,
  memberName,
  myAnswerText,
  offeredKinds,
  personName,
  placeName,
  replyName,
  rhythmFacts,
  rhythmWords,
  sortAttention,
  splitMeetings,
  webLink,
  whenText,
} from './meeting-words.js';
import { agreementStatusText, horizonText } from './minutes-words.js';
import { meetingSummary as summary, testTranslations } from './meetings-testing.js';

const rhythm = (overrides: Partial<Rhythm>): Rhythm => ({
  state: 'none_yet',
  dueDate: null,
  intervalMonths: 3,
  lastHeld: null,
  next: null,
  ...overrides,
});

/** Every leaf of a text tree, with its path. */
const leaves = (tree: unknown, path = ''): [string, unknown][] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`))
    : [[path, tree]];

const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the words of meetings', () => {
  let nlT: TFunction;
  let enT: TFunction;

  beforeAll(async () => {
    ({ nlT, enT } = await testTranslations());
  });

  it('has words for every kind, place, reply, agenda item, theme, rhythm state and member, in both languages', () => {
    for (const texts of [nl, en]) {
      const words = texts.meetings;
      for (const kind of meetingKinds) {
        expect(words.kinds[kind], kind).toMatch(/\S/);
        expect(words.kindHelp[kind], kind).toMatch(/\S/);
      }
      for (const kind of locationKinds) expect(words.locations[kind], kind).toMatch(/\S/);
      expect(words.ownHome).toMatch(/\S/);
      for (const answer of responseAnswers) {
        expect(words.answers[answer], answer).toMatch(/\S/);
        expect(words.myAnswers[answer], answer).toMatch(/\S/);
        expect(words.myAnswerLine[answer], answer).toMatch(/\S/);
      }
      expect(words.answers.none).toMatch(/\S/);
      expect(words.myAnswerLine.none).toMatch(/\S/);
      for (const code of agendaItemCodes) expect(words.agendaItems[code], code).toMatch(/\S/);
      expect(Object.keys(words.agendaItems)).toHaveLength(agendaItemCodes.length);
      for (const theme of suggestedThemes) expect(words.themes[theme], theme).toMatch(/\S/);
      for (const state of rhythmStates) {
        expect(words.rhythm.labels[state], state).toMatch(/\S/);
        expect(words.rhythm[state], state).toMatch(/\S/);
      }
      for (const kind of memberKinds) expect(words.memberKinds[kind], kind).toMatch(/\S/);
      for (const role of professionalRoles) expect(words.memberRoles[role], role).toMatch(/\S/);
    }
  });

  it('has words for the minutes’ own codes: horizons, agreement states and the evaluation’s questions', () => {
    for (const texts of [nl, en]) {
      const words = texts.minutes;
      for (const horizon of goalHorizons) expect(words.horizons[horizon], horizon).toMatch(/\S/);
      for (const status of agreementStatuses) expect(words.agreementStatuses[status], status).toMatch(/\S/);
      for (const question of startEvaluationQuestions) expect(words.evaluation.questions[question], question).toMatch(/\S/);
    }
    expect(horizonText(nlT, 'short')).toBe('korte termijn');
    expect(agreementStatusText(enT, 'done')).toBe('Done');
  });

  it('has the same texts in Dutch and English, with the same placeholders', () => {
    for (const namespace of ['meetings', 'minutes'] as const) {
      const english = new Map(leaves(en[namespace]));
      for (const [path, text] of leaves(nl[namespace])) {
        const other = english.get(path);
        expect(other, `${namespace}.${path}`).toEqual(expect.any(String));
        expect(placeholders(other), `${namespace}.${path}`).toEqual(placeholders(text));
      }
      expect(leaves(en[namespace])).toHaveLength(leaves(nl[namespace]).length);
    }
  });

  it('gives every standard agenda item a title of its own, and an own item its own words', () => {
    for (const t of [nlT, enT]) {
      const titles = agendaItemCodes.map((code) => agendaTitle(t, { code, title: null }));
      expect(new Set(titles).size).toBe(agendaItemCodes.length);
      for (const title of titles) expect(title).not.toContain('meetings.');
      for (const kind of meetingKinds) for (const item of agendaTemplate(kind)) expect(titles).toContain(agendaTitle(t, item));
    }
    expect(agendaTitle(nlT, { code: 'goal_progress', title: null })).toBe('Hoe gaat het met de doelen?');
    expect(agendaTitle(nlT, { code: 'roles', title: null })).toBe('Rollen: wie doet wat?');
    expect(agendaTitle(nlT, { code: 'custom', title: 'Mijn verhuizing' })).toBe('Mijn verhuizing');
    expect(agendaTitle(nlT, { code: 'custom', title: null })).toBe('');
  });

  it('names a theme meeting by its theme, and the others by their kind, with the day when asked', () => {
    expect(meetingWhat(nlT, { kind: 'theme', theme: 'Omgaan met stress' })).toBe('Themabijeenkomst: Omgaan met stress');
    expect(meetingWhat(nlT, { kind: 'theme', theme: '  ' })).toBe('Themabijeenkomst');
    expect(meetingWhat(nlT, { kind: 'follow_up', theme: 'ignored' })).toBe('Vervolgbijeenkomst');
    expect(meetingWhat(enT, { kind: 'start' })).toBe('Start meeting');
    expect(meetingTitle(nlT, { kind: 'follow_up', date: '2026-06-04' }, 'nl')).toBe(
      'Vervolgbijeenkomst op donderdag 4 juni 2026',
    );
  });

  it('says every place, and the client’s home as the client reads it and as others do', () => {
    for (const t of [nlT, enT])
      for (const kind of locationKinds) {
        expect(placeName(t, kind, 'Joep Bakker', false)).not.toContain('meetings.');
        expect(placeName(t, kind, 'Joep Bakker', true)).not.toContain('Joep');
      }
    expect(placeName(nlT, 'client_home', 'Joep Bakker', true)).toBe('Bij u thuis');
    expect(placeName(nlT, 'client_home', 'Joep Bakker', false)).toBe('Bij Joep Bakker thuis');
    expect(placeName(nlT, 'team_office', 'Joep Bakker', true)).toBe('Op het kantoor van het team');
    expect(placeName(enT, 'video', 'Joep Bakker', false)).toBe('Online, by video');
  });

  it('words replies as others read them and as the one who replied does', () => {
    expect(replyName(nlT, 'yes')).toBe('Komt');
    expect(replyName(nlT, null)).toBe('Nog geen antwoord');
    expect(myAnswerText(nlT, 'no')).toBe('Uw antwoord: u komt niet.');
    expect(myAnswerText(nlT, null)).toBe('U hebt nog niet geantwoord.');
    expect(myAnswerText(enT, 'maybe')).toBe('Your answer: maybe.');
  });

  it('words members, and the client as the client reads it and as others do', () => {
    expect(memberName(nlT, { name: 'Mirjam', kind: 'informal', role: null })).toBe('Mirjam (naaste)');
    expect(memberName(nlT, { name: 'Esmee', kind: 'formal', role: 'coordinator' })).toBe('Esmee (regieondersteuner)');
    expect(memberName(nlT, { name: 'Kees', kind: 'unknown', role: null })).toBe('Kees');
    expect(clientSelf(nlT, 'Joep', true)).toBe('U zelf');
    expect(clientSelf(nlT, 'Joep', false)).toBe('Joep zelf');
    expect(personName(nlT, { kind: 'client' }, 'Joep', true)).toBe('U zelf');
    expect(personName(nlT, { kind: 'member', name: 'Esmee' }, 'Joep', false)).toBe('Esmee');
  });

  it('says when a meeting is, with its weekday and when it ends, also past midnight', () => {
    expect(endTime('14:30', 60)).toBe('15:30');
    expect(endTime('23:30', 45)).toBe('00:15');
    expect(endTime('09:05', 240)).toBe('13:05');
    expect(whenText(nlT, { date: '2026-03-12', time: '14:30', durationMinutes: 90 }, 'nl')).toBe(
      'donderdag 12 maart 2026, van 14:30 tot 16:00 (90 minuten)',
    );
    // Versions of the browser's date data differ on a comma after the weekday.
    expect(whenText(enT, { date: '2026-03-12', time: '14:30', durationMinutes: 60 }, 'en')).toMatch(
      /^Thursday,? 12 March 2026, from 14:30 to 15:30 \(60 minutes\)$/,
    );
  });

  it('gives a moment the day it was in the Netherlands, and a calendar day as it is', () => {
    expect(formatMomentDay('2026-03-11T23:30:00.000Z', 'nl')).toBe('12 maart 2026');
    expect(formatDay('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(formatDay('not a day', 'nl')).toBe('not a day');
  });

  it('lists what a meeting is, when, and who chairs and takes the minutes', () => {
    const details = meetingDetails(
      nlT,
      {
        ...summary({ id: 'm' }),
        client: { name: 'Joep' },
        chair: { kind: 'client' },
        minuteTaker: null,
      },
      false,
      'nl',
    );
    expect(details.what).toEqual({ term: 'Wat', value: 'Vervolgbijeenkomst' });
    expect(details.when.value).toBe('donderdag 12 maart 2026, van 14:30 tot 15:30 (60 minuten)');
    expect(details.chair).toEqual({ term: 'Voorzitter', value: 'Joep zelf' });
    expect(details.minuteTaker).toEqual({ term: 'Notulist', value: 'Nog niemand' });
  });

  it('makes a link only of a web address', () => {
    expect(webLink(' https://meet.example.org/abc ')).toBe('https://meet.example.org/abc');
    expect(webLink('http://example.org')).toBe('http://example.org/');
    expect(webLink('javascript:alert(1)')).toBeNull();
    expect(webLink('meet.example.org/abc')).toBeNull();
    expect(webLink(null)).toBeNull();
  });

  it('says the rhythm in words for each state, with the label that carries its meaning', () => {
    const planned = rhythmWords(
      nlT,
      rhythm({ state: 'planned', next: { id: 'm1', kind: 'follow_up', date: '2026-06-11', time: '19:00' } }),
      'nl',
    );
    expect(planned).toEqual({
      state: 'planned',
      label: 'Gepland',
      sentence: 'De volgende bijeenkomst is op donderdag 11 juni 2026 om 19:00.',
    });
    expect(rhythmWords(nlT, rhythm({ state: 'not_due', dueDate: '2026-06-12' }), 'nl')).toEqual({
      state: 'not_due',
      label: 'Op tijd',
      sentence: 'Er is nog geen volgende bijeenkomst gepland. Die moet er uiterlijk op 12 juni 2026 zijn.',
    });
    const soon = rhythmWords(nlT, rhythm({ state: 'due_soon', dueDate: '2026-04-01' }), 'nl');
    expect(soon.label).toBe('Binnenkort');
    expect(soon.sentence).toContain('1 april 2026');
    expect(rhythmWords(nlT, rhythm({ state: 'overdue', dueDate: '2026-01-05', lastHeld: '2025-10-05' }), 'nl')).toEqual({
      state: 'overdue',
      label: 'Te laat',
      sentence: 'Er is nog geen volgende bijeenkomst gepland. Die had er uiterlijk op 5 januari 2026 moeten zijn.',
    });
    expect(rhythmWords(enT, rhythm({ state: 'overdue', dueDate: '2026-02-28' }), 'en').sentence).toBe(
      'No next meeting is planned yet. It was due by 28 February 2026.',
    );
    // Without a due date nothing can be late: the group has not met yet.
    expect(rhythmWords(nlT, rhythm({ state: 'overdue', dueDate: null }), 'nl')).toEqual({
      state: 'none_yet',
      label: 'Nog niets gepland',
      sentence: 'Er is nog geen bijeenkomst geweest. Er is ook nog geen bijeenkomst gepland.',
    });
    // Every state has a sentence of its own.
    for (const t of [nlT, enT]) {
      const sentences = rhythmStates.map(
        (state) =>
          rhythmWords(
            t,
            rhythm({
              state,
              dueDate: state === 'none_yet' ? null : '2026-06-12',
              next: state === 'planned' ? { id: 'm1', kind: 'start', date: '2026-06-04', time: '19:30' } : null,
            }),
            'nl',
          ).sentence,
      );
      expect(new Set(sentences).size).toBe(rhythmStates.length);
    }
  });

  it('lists when the group last met and how often it meets, one month said as such', () => {
    expect(rhythmFacts(nlT, rhythm({ lastHeld: '2026-01-15', intervalMonths: 3 }), 'nl')).toEqual([
      'De vorige bijeenkomst was op 15 januari 2026.',
      'De groep komt ongeveer elke 3 maanden samen.',
    ]);
    expect(rhythmFacts(nlT, rhythm({ intervalMonths: 1 }), 'nl')).toEqual(['De groep komt elke maand samen.']);
  });

  it('splits the list into what is to come (soonest first, cancelled kept) and what is past (latest first)', () => {
    const meetings = [
      summary({ id: 'later', date: '2026-06-01' }),
      summary({ id: 'cancelled', date: '2026-05-01', status: 'cancelled' }),
      summary({ id: 'today-later', date: '2026-04-10', time: '20:00' }),
      summary({ id: 'today-earlier', date: '2026-04-10', time: '09:00' }),
      summary({ id: 'held-today', date: '2026-04-10', time: '08:00', held: true }),
      summary({ id: 'old', date: '2026-01-10', held: true }),
      summary({ id: 'old-cancelled', date: '2026-02-10', status: 'cancelled' }),
    ];
    const { upcoming, past } = splitMeetings(meetings, '2026-04-10');
    expect(upcoming.map((m) => m.id)).toEqual(['today-earlier', 'today-later', 'cancelled', 'later']);
    expect(past.map((m) => m.id)).toEqual(['held-today', 'old-cancelled', 'old']);
  });

  it('lists late groups first, the longest late first, then those due soonest, in the rhythm’s words', () => {
    const group = (name: string, state: 'overdue' | 'due_soon', dueDate: string): MeetingAttention['groups'][number] => ({
      client: { id: name, name },
      groupName: name,
      state,
      dueDate,
    });
    const sorted = sortAttention([
      group('A', 'due_soon', '2026-05-20'),
      group('B', 'overdue', '2026-04-01'),
      group('C', 'due_soon', '2026-05-02'),
      group('D', 'overdue', '2026-02-01'),
    ]);
    expect(sorted.map((item) => item.groupName)).toEqual(['D', 'B', 'C', 'A']);
    const [first] = sorted;
    if (first === undefined) throw new Error('the list lost its groups');
    expect(rhythmWords(nlT, { ...first, next: null }, 'nl')).toMatchObject({ state: 'overdue', label: 'Te laat' });
  });

  it('offers the start meeting only while the group has none that was not cancelled', () => {
    expect(offeredKinds([])).toEqual(['start', 'follow_up', 'theme']);
    expect(offeredKinds([summary({ id: 'a', kind: 'start', status: 'cancelled' })])).toEqual(['start', 'follow_up', 'theme']);
    expect(offeredKinds([summary({ id: 'a', kind: 'start', held: true })])).toEqual(['follow_up', 'theme']);
  });
});
