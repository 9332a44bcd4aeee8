import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingDraft } from '../../../shared/meetings.js';
import {
  agendaBody,
  checkMeeting,
  clientChair,
  formCode,
  formFieldOf,
  normaliseTime,
  valuesFromDraft,
  valuesFromMeeting,
  withFormFields,
  type MeetingValues,
} from './meeting-form.js';
import { refusal } from './meetings-testing.js';

const ids = {
  mirjam: '0b6f7f0e-3c1d-4c57-9a4e-111111111111',
  esmee: '0b6f7f0e-3c1d-4c57-9a4e-222222222222',
  item: '0b6f7f0e-3c1d-4c57-9a4e-333333333333',
};

// Noon on 1 March 2026 in Amsterdam (winter time, UTC+1).
const now = new Date('2026-03-01T11:00:00Z');

const draft: MeetingDraft = {
  kind: 'follow_up',
  agenda: [{ code: 'goal_progress' }, { code: 'support' }, { code: 'next_meeting' }],
  chairMemberId: ids.esmee,
  minuteTakerMemberId: ids.mirjam,
  channel: 'Groepsapp',
  durationMinutes: 60,
  members: [
    { id: ids.mirjam, name: 'Mirjam', kind: 'informal', role: null },
    { id: ids.esmee, name: 'Esmee', kind: 'formal', role: 'coordinator' },
  ],
};

const filled = (overrides: Partial<MeetingValues> = {}): MeetingValues => ({
  ...valuesFromDraft(draft),
  date: '2026-03-12',
  time: '14:30',
  locationKind: 'client_home',
  ...overrides,
});

const errorsOf = (values: MeetingValues, kind: Meeting['kind'] = 'follow_up') => {
  const checked = checkMeeting(values, kind, now);
  return checked.ok ? {} : checked.errors;
};

describe('the planning form', () => {
  it('opens from Regie’s proposal, with no place chosen for the client', () => {
    const values = valuesFromDraft(draft);
    expect(values).toMatchObject({
      date: '',
      time: '',
      durationMinutes: '60',
      locationKind: '',
      chair: ids.esmee,
      minuteTaker: ids.mirjam,
      channel: 'Groepsapp',
    });
    expect(values.agenda.map((entry) => entry.code)).toEqual(['goal_progress', 'support', 'next_meeting']);
    expect(new Set(values.agenda.map((entry) => entry.key)).size).toBe(3);
  });

  it('falls back to the client as chair when the proposal names nobody in the group', () => {
    expect(valuesFromDraft({ ...draft, chairMemberId: null, minuteTakerMemberId: 'gone' })).toMatchObject({
      chair: clientChair,
      minuteTaker: null,
    });
  });

  it('makes the body the API takes', () => {
    const checked = checkMeeting(
      filled({
        time: '9.05',
        channel: '  ',
        agenda: [...filled().agenda, { key: 'k', code: 'custom', title: '  Mijn   verhuizing ' }],
      }),
      'follow_up',
      now,
    );
    expect(checked).toEqual({
      ok: true,
      body: {
        kind: 'follow_up',
        theme: null,
        date: '2026-03-12',
        time: '09:05',
        durationMinutes: 60,
        locationKind: 'client_home',
        locationDetail: null,
        chairMemberId: ids.esmee,
        minuteTakerMemberId: ids.mirjam,
        channel: null,
        agenda: [
          { code: 'goal_progress' },
          { code: 'support' },
          { code: 'next_meeting' },
          { code: 'custom', title: 'Mijn verhuizing' },
        ],
      },
    });
  });

  it('sends the place or the link only for the kind of location that has one, and a theme only for a theme meeting', () => {
    const elsewhere = checkMeeting(
      filled({ locationKind: 'elsewhere', place: 'Buurthuis', videoLink: 'https://x.nl' }),
      'theme',
      now,
    );
    expect(elsewhere.ok).toBe(false);
    const theme = checkMeeting(
      filled({ locationKind: 'elsewhere', place: ' Buurthuis ', videoLink: 'https://x.nl', theme: ' Stress ' }),
      'theme',
      now,
    );
    expect(theme.ok && theme.body).toMatchObject({ locationDetail: 'Buurthuis', theme: 'Stress' });
    const video = checkMeeting(
      filled({ locationKind: 'video', place: 'Buurthuis', videoLink: 'https://meet.example.org/a', theme: 'x' }),
      'start',
      now,
    );
    expect(video.ok && video.body).toMatchObject({ locationDetail: 'https://meet.example.org/a', theme: null });
    const home = checkMeeting(filled({ place: 'Buurthuis' }), 'follow_up', now);
    expect(home.ok && home.body.locationDetail).toBeNull();
  });

  it('refuses what the server refuses, each at its field', () => {
    expect(errorsOf(filled({ date: '', time: '' }))).toMatchObject({ date: 'required', time: 'required' });
    expect(errorsOf(filled({ time: '25:00' }))).toMatchObject({ time: 'not_a_time' });
    expect(errorsOf(filled({ date: '2026-03-01', time: '12:00' }))).toMatchObject({ date: 'in_past' });
    expect(errorsOf(filled({ date: '2026-03-01', time: '12:01' }))).toEqual({});
    expect(errorsOf(filled({ durationMinutes: '10' }))).toMatchObject({ durationMinutes: 'duration_range' });
    expect(errorsOf(filled({ durationMinutes: '1,5' }))).toMatchObject({ durationMinutes: 'duration_range' });
    expect(errorsOf(filled({ locationKind: '' }))).toMatchObject({ locationKind: 'required' });
    expect(errorsOf(filled({ locationKind: 'elsewhere', place: ' ' }))).toMatchObject({ place: 'too_small' });
    expect(errorsOf(filled({ locationKind: 'video', videoLink: '' }))).toMatchObject({ videoLink: 'too_small' });
    expect(errorsOf(filled({ locationKind: 'video', videoLink: 'javascript:alert(1)' }))).toMatchObject({
      videoLink: 'not_a_link',
    });
    expect(errorsOf(filled({ theme: '' }), 'theme')).toMatchObject({ theme: 'too_small' });
    expect(errorsOf(filled({ chair: ids.mirjam, minuteTaker: ids.mirjam }))).toMatchObject({ minuteTaker: 'same_as_chair' });
    expect(errorsOf(filled({ channel: 'x'.repeat(301) }))).toMatchObject({ channel: 'too_big' });
  });

  it('reads times as people type them', () => {
    expect(normaliseTime('14:30')).toBe('14:30');
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('14.30')).toBe('14:30');
    expect(normaliseTime('1430')).toBe('14:30');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('half drie')).toBeNull();
  });

  it('opens a meeting as it is, keeping its agenda items’ ids', () => {
    const meeting = {
      kind: 'follow_up',
      theme: null,
      date: '2026-03-12',
      time: '14:30',
      durationMinutes: 90,
      locationKind: 'video',
      locationDetail: 'https://meet.example.org/a',
      chair: { kind: 'client' },
      minuteTaker: { memberId: ids.mirjam, name: 'Mirjam' },
      channel: null,
      agenda: [
        { id: ids.item, code: 'custom', title: 'Verhuizing' },
        { id: `${ids.item.slice(0, -1)}4`, code: 'agreements', title: null },
      ],
    } as unknown as Meeting;
    const values = valuesFromMeeting(meeting);
    expect(values).toMatchObject({
      durationMinutes: '90',
      videoLink: 'https://meet.example.org/a',
      place: '',
      chair: clientChair,
    });
    expect(agendaBody(values.agenda)).toEqual([
      { id: ids.item, code: 'custom', title: 'Verhuizing' },
      { id: `${ids.item.slice(0, -1)}4`, code: 'agreements' },
    ]);
  });

  it('places the server’s refusals at the form’s fields, in codes the form has words for', () => {
    expect(formFieldOf('locationDetail', 'video')).toBe('videoLink');
    expect(formFieldOf('locationDetail', 'elsewhere')).toBe('place');
    expect(formFieldOf('minuteTakerMemberId', 'video')).toBe('minuteTaker');
    expect(formFieldOf('agenda.3.title', '')).toBe('agenda');
    expect(formCode('minute_taker_is_chair')).toBe('same_as_chair');
    expect(formCode('theme_required')).toBe('too_small');
    expect(formCode('in_past')).toBe('in_past');

    const refused = refusal(422, 'video_link_invalid', [
      { field: 'locationDetail', code: 'video_link_invalid', message: 'must be a web address' },
    ]);
    expect(withFormFields(refused, 'video')?.problem.errors).toEqual([
      { field: 'videoLink', code: 'not_a_link', message: 'must be a web address' },
    ]);
    // A second start meeting is about the meeting as a whole, not a field of this form.
    const start = refusal(409, 'start_meeting_exists', [{ field: 'kind', code: 'start_meeting_exists', message: 'has one' }]);
    expect(withFormFields(start, 'video')).toBeNull();
    expect(withFormFields(new Error('x'), 'video')).toBeNull();
  });
});
