import { describe, expect, it } from 'vitest';
import type { Member } from './membership.js';
import {
  addAgendaItem,
  agendaItemCodes,
  agendaItemPlanParts,
  agendaLimits,
  agendaTemplate,
  countResponses,
  countsForRhythm,
  defaultDurationMinutes,
  isAgendaItemCode,
  isLocationKind,
  isMeetingKind,
  isResponseAnswer,
  isStartEvaluationComplete,
  isValidDuration,
  locationKinds,
  locationNeedsDetail,
  mayReadMinutes,
  mayWriteMinutes,
  meetingKinds,
  minutesRoleOf,
  minutesRoles,
  moveAgendaItem,
  needsTheme,
  normaliseItemTitle,
  removeAgendaItem,
  responseAnswers,
  startEvaluationQuestions,
  suggestChair,
  suggestMinuteTaker,
  type AgendaItem,
  type MinutesRole,
} from './meetings.js';

describe('kinds, places, durations and replies', () => {
  it('knows three kinds of meeting; only theme meetings need a theme and stand apart from the rhythm', () => {
    expect(meetingKinds).toEqual(['start', 'follow_up', 'theme']);
    expect(meetingKinds.filter(needsTheme)).toEqual(['theme']);
    expect(meetingKinds.filter(countsForRhythm)).toEqual(['start', 'follow_up']);
    expect(isMeetingKind('follow_up')).toBe(true);
    expect(isMeetingKind('followup')).toBe(false);
  });

  it('lets the client meet at home, at the team, elsewhere or by video; elsewhere and video need a detail', () => {
    expect(locationKinds).toEqual(['client_home', 'team_office', 'elsewhere', 'video']);
    expect(locationKinds.filter(locationNeedsDetail)).toEqual(['elsewhere', 'video']);
    expect(isLocationKind('video')).toBe(true);
    expect(isLocationKind('phone')).toBe(false);
  });

  it('lasts an hour by default, and 15 to 240 whole minutes at all', () => {
    expect(defaultDurationMinutes).toBe(60);
    expect([15, 60, 90, 240].every(isValidDuration)).toBe(true);
    expect([14, 241, 0, -60, 59.5, Number.NaN].some(isValidDuration)).toBe(false);
  });

  it('counts replies, the unanswered apart', () => {
    expect(responseAnswers).toEqual(['yes', 'no', 'maybe']);
    expect(isResponseAnswer('maybe')).toBe(true);
    expect(isResponseAnswer('perhaps')).toBe(false);
    expect(countResponses(['yes', 'yes', null, 'maybe', 'no', null, 'yes'])).toEqual({ yes: 3, no: 1, maybe: 1, none: 2 });
    expect(countResponses([])).toEqual({ yes: 0, no: 0, maybe: 0, none: 0 });
  });
});

describe('agenda', () => {
  const codes = (items: readonly AgendaItem[]) =>
    items.map((item) => (item.code === 'custom' ? `custom:${item.title}` : item.code));

  it('starts a start meeting with what the method discusses first, the channel before the next date', () => {
    expect(codes(agendaTemplate('start'))).toEqual([
      'introductions',
      'working_method',
      'confidentiality',
      'roles',
      'goals_and_signal_plan',
      'agreements',
      'communication_channel',
      'next_meeting',
    ]);
  });

  it('starts a follow-up with progress per goal and ends with composition and the next date', () => {
    expect(codes(agendaTemplate('follow_up'))).toEqual([
      'goal_progress',
      'support',
      'early_signs',
      'agreements',
      'group_composition',
      'next_meeting',
    ]);
  });

  it('gives a theme meeting its theme in a short frame', () => {
    expect(codes(agendaTemplate('theme'))).toEqual(['opening', 'theme', 'agreements', 'closing_round']);
  });

  it('builds templates from standard codes only, each fitting within the limit', () => {
    for (const kind of meetingKinds) {
      const items = agendaTemplate(kind);
      expect(items.every((item) => isAgendaItemCode(item.code))).toBe(true);
      expect(items.length).toBeLessThanOrEqual(agendaLimits.maxItems);
    }
    expect(isAgendaItemCode('custom')).toBe(false);
  });

  it('hands out a fresh array each time', () => {
    const first = agendaTemplate('follow_up');
    first.pop();
    expect(agendaTemplate('follow_up')).toHaveLength(6);
  });

  it('pulls the latest scores into goal progress, and the plan into the items about it', () => {
    expect(agendaItemPlanParts).toEqual({
      goals_and_signal_plan: 'goals',
      goal_progress: 'goal_scores',
      early_signs: 'signal_plan',
      agreements: 'agreements',
    });
    expect(Object.keys(agendaItemPlanParts).every(isAgendaItemCode)).toBe(true);
  });

  it('adds an item at the end, or at a place, without changing the agenda it was given', () => {
    const agenda = agendaTemplate('theme');
    const atEnd = addAgendaItem(agenda, { code: 'next_meeting' });
    expect(atEnd.ok && codes(atEnd.items)).toEqual(['opening', 'theme', 'agreements', 'closing_round', 'next_meeting']);
    const atStart = addAgendaItem(agenda, { code: 'custom', title: 'Brief van Klaas' }, 0);
    expect(atStart.ok && codes(atStart.items)).toEqual([
      'custom:Brief van Klaas',
      'opening',
      'theme',
      'agreements',
      'closing_round',
    ]);
    const outOfRange = addAgendaItem(agenda, { code: 'evaluation_results' }, 9);
    expect(outOfRange.ok && codes(outOfRange.items).at(-1)).toBe('evaluation_results');
    expect(codes(agenda)).toEqual(['opening', 'theme', 'agreements', 'closing_round']);
  });

  it('puts a standard item on an agenda once, but lets own titles repeat', () => {
    expect(addAgendaItem(agendaTemplate('follow_up'), { code: 'support' })).toEqual({ ok: false, reason: 'already_on_agenda' });
    const once = addAgendaItem<AgendaItem>([], { code: 'custom', title: 'Werk' });
    const twice = once.ok ? addAgendaItem(once.items, { code: 'custom', title: 'Werk' }) : once;
    expect(twice.ok && twice.items).toHaveLength(2);
  });

  it('refuses an own item without a title, or with one over 120 characters after tidying', () => {
    expect(addAgendaItem([], { code: 'custom', title: '   ' })).toEqual({ ok: false, reason: 'title_empty' });
    expect(addAgendaItem([], { code: 'custom', title: 'x'.repeat(121) })).toEqual({ ok: false, reason: 'title_too_long' });
    expect(addAgendaItem([], { code: 'custom', title: `  ${'x'.repeat(120)}  ` }).ok).toBe(true);
    expect(normaliseItemTitle('  Vakantie \n en   werk ')).toBe('Vakantie en werk');
  });

  it('holds at most 12 items', () => {
    const eleven: AgendaItem[] = agendaItemCodes.slice(0, 11).map((code) => ({ code }));
    const twelve = addAgendaItem(eleven, { code: 'custom', title: 'Nog iets' });
    expect(twelve.ok && twelve.items).toHaveLength(12);
    expect(twelve.ok && addAgendaItem(twelve.items, { code: 'custom', title: 'En nog iets' })).toEqual({
      ok: false,
      reason: 'too_many_items',
    });
  });

  it('carries the caller’s own fields through', () => {
    const items = [
      { id: 'a', code: 'support' as const },
      { id: 'b', code: 'agreements' as const },
    ];
    const added = addAgendaItem<AgendaItem & { id: string }>(items, { id: 'c', code: 'custom', title: 'Werk' }, 1);
    expect(added.ok && added.items.map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });

  it('removes any item, down to an empty agenda', () => {
    const agenda = agendaTemplate('theme');
    const removed = removeAgendaItem(agenda, 1);
    expect(removed.ok && codes(removed.items)).toEqual(['opening', 'agreements', 'closing_round']);
    expect(removeAgendaItem([{ code: 'theme' }], 0)).toEqual({ ok: true, items: [] });
    for (const index of [-1, 4, 1.5]) expect(removeAgendaItem(agenda, index)).toEqual({ ok: false, reason: 'no_such_item' });
    expect(agenda).toHaveLength(4);
  });

  it('moves an item up, down, to the ends, or nowhere', () => {
    const agenda = agendaTemplate('theme'); // opening, theme, agreements, closing_round
    const moved = (from: number, to: number) => {
      const result = moveAgendaItem(agenda, from, to);
      return result.ok ? codes(result.items) : result.reason;
    };
    expect(moved(2, 1)).toEqual(['opening', 'agreements', 'theme', 'closing_round']);
    expect(moved(1, 2)).toEqual(['opening', 'agreements', 'theme', 'closing_round']);
    expect(moved(3, 0)).toEqual(['closing_round', 'opening', 'theme', 'agreements']);
    expect(moved(0, 3)).toEqual(['theme', 'agreements', 'closing_round', 'opening']);
    expect(moved(2, 2)).toEqual(['opening', 'theme', 'agreements', 'closing_round']);
    expect(moved(0, 4)).toBe('no_such_item');
    expect(moved(-1, 0)).toBe('no_such_item');
    expect(codes(agenda)).toEqual(['opening', 'theme', 'agreements', 'closing_round']);
  });
});

describe('chair and minute-taker', () => {
  const member = (
    id: string,
    kind: Member['kind'],
    role: Member['role'] = null,
    status: Member['status'] = 'active',
  ): Member => ({
    id,
    kind,
    role,
    status,
  });
  const coordinator = member('esmee', 'formal', 'coordinator');
  const clinician = member('psychiater', 'formal', 'clinician');
  const mother = member('moeder', 'informal');
  const father = member('vader', 'informal');
  const peer = member('ervaringsdeskundige', 'peer');
  const coach = member('sportcoach', 'formal');
  const group = [
    coordinator,
    clinician,
    mother,
    father,
    peer,
    coach,
    member('tante', 'informal', null, 'nominated'),
    member('buurman', 'informal', null, 'left'),
    member('neef', 'informal', null, 'conversation_held'),
  ];
  const minuteTaker = (history: (string | null)[], more: { chairMemberId?: string | null; notComing?: string[] } = {}) =>
    suggestMinuteTaker(group, { history, ...more })?.id ?? null;

  it('asks an informal member first, never the coordinator, nor anyone not active', () => {
    expect(minuteTaker([])).toBe('moeder');
  });

  it('passes the task round: whoever took minutes longest ago, or never, first', () => {
    expect(minuteTaker(['moeder'])).toBe('vader');
    expect(minuteTaker(['vader', 'moeder'])).toBe('ervaringsdeskundige');
    expect(minuteTaker(['ervaringsdeskundige', 'vader', 'moeder'])).toBe('psychiater');
    expect(minuteTaker(['psychiater', 'ervaringsdeskundige', 'vader', 'moeder'])).toBe('sportcoach');
    expect(minuteTaker(['sportcoach', 'psychiater', 'ervaringsdeskundige', 'vader', 'moeder'])).toBe('moeder');
    expect(minuteTaker(['vader', 'moeder', 'sportcoach', 'psychiater', 'ervaringsdeskundige'])).toBe('ervaringsdeskundige');
  });

  it('ignores meetings where nobody (or the client) took minutes, and people no longer in the group', () => {
    expect(minuteTaker([null, 'moeder', null])).toBe('vader');
    expect(minuteTaker(['buurman', 'esmee'])).toBe('moeder');
  });

  it('leaves out the chair and anyone who said they will not come', () => {
    expect(minuteTaker([], { chairMemberId: 'moeder' })).toBe('vader');
    expect(minuteTaker([], { notComing: ['moeder', 'vader'] })).toBe('ervaringsdeskundige');
  });

  it('suggests nobody when only the coordinator is left', () => {
    expect(suggestMinuteTaker([coordinator, member('x', 'informal', null, 'left')], { history: [] })).toBeNull();
    expect(suggestMinuteTaker([], { history: [] })).toBeNull();
    expect(minuteTaker([], { notComing: ['moeder', 'vader', 'ervaringsdeskundige', 'psychiater', 'sportcoach'] })).toBeNull();
  });

  it('proposes the coordinator to chair a first meeting, else the client', () => {
    expect(suggestChair(group, null)).toEqual({ kind: 'member', memberId: 'esmee' });
    expect(suggestChair([mother, { ...coordinator, status: 'left' }], null)).toEqual({ kind: 'client' });
  });

  it('keeps the client’s last choice while that person is still in the group', () => {
    expect(suggestChair(group, { kind: 'client' })).toEqual({ kind: 'client' });
    expect(suggestChair(group, { kind: 'member', memberId: 'moeder' })).toEqual({ kind: 'member', memberId: 'moeder' });
    expect(suggestChair(group, { kind: 'member', memberId: 'buurman' })).toEqual({ kind: 'client' });
    expect(suggestChair(group, { kind: 'member', memberId: 'onbekend' })).toEqual({ kind: 'client' });
  });
});

describe('minutes', () => {
  const readers = (approved: boolean) => minutesRoles.filter((role) => mayReadMinutes({ approved, role }));
  const writers = (approved: boolean) => minutesRoles.filter((role) => mayWriteMinutes({ approved, role }));

  it('show the draft only to client, chair, minute-taker and coordinator', () => {
    expect(readers(false)).toEqual(['client', 'chair', 'minute_taker', 'coordinator']);
  });

  it('show approved minutes to everyone the client shares meetings with', () => {
    expect(readers(true)).toEqual(['client', 'chair', 'minute_taker', 'coordinator', 'shared_with']);
  });

  it('are written by those who see the draft, and not after approval', () => {
    expect(writers(false)).toEqual(['client', 'chair', 'minute_taker', 'coordinator']);
    expect(writers(true)).toEqual([]);
  });

  it('take the role that counts for someone who is several things', () => {
    const none = { isClient: false, isChair: false, isMinuteTaker: false, isCoordinator: false, meetingsShared: false };
    const roleOf = (is: Partial<typeof none>): MinutesRole => minutesRoleOf({ ...none, ...is });
    expect(roleOf({ isCoordinator: true, isChair: true })).toBe('chair');
    expect(roleOf({ isMinuteTaker: true, meetingsShared: true })).toBe('minute_taker');
    expect(roleOf({ isCoordinator: true })).toBe('coordinator');
    expect(roleOf({ isClient: true, isChair: true })).toBe('client');
    expect(roleOf({ meetingsShared: true })).toBe('shared_with');
    expect(roleOf({})).toBe('none');
  });
});

describe('evaluation after the start meeting', () => {
  it('asks how it went, what to keep and what to change', () => {
    expect(startEvaluationQuestions).toEqual(['how_did_it_go', 'what_to_keep', 'what_to_change']);
  });

  it('is complete when every question has an answer that is not blank', () => {
    const answers = { how_did_it_go: 'Spannend, maar goed', what_to_keep: 'De brief', what_to_change: 'Niets' };
    expect(isStartEvaluationComplete(answers)).toBe(true);
    expect(isStartEvaluationComplete({ ...answers, what_to_change: '  ' })).toBe(false);
    expect(isStartEvaluationComplete({ how_did_it_go: 'Goed' })).toBe(false);
  });
});
