import { describe, expect, it } from 'vitest';
import {
  canMovePhase,
  checklist,
  checklistItemIds,
  defaultGoalLimits,
  isPhaseComplete,
  isPhaseNumber,
  nextSuggestedStep,
  phaseCode,
  phases,
  type GroupFacts,
  type MeetingFacts,
  type PhaseNumber,
} from './phases.js';

const allPhases: PhaseNumber[] = [1, 2, 3, 4, 5, 6];

const preparedStart: MeetingFacts = {
  kind: 'start',
  date: '2025-03-01',
  held: true,
  agendaMade: true,
  chairChosen: true,
  minuteTakerChosen: true,
  locationChosen: true,
  channelChosen: true,
};
const plannedFollowUp: MeetingFacts = { ...preparedStart, kind: 'follow_up', date: '2025-09-01', held: false };
const heldFollowUp: MeetingFacts = { ...preparedStart, kind: 'follow_up', date: '2025-06-01', held: true };

// A group in which Regie can see everything happened.
const complete: GroupFacts = {
  networkMapPeople: 6,
  members: [
    { status: 'active', role: 'coordinator', conversationHeld: false },
    { status: 'active', role: 'clinician', conversationHeld: true },
    { status: 'active', role: null, conversationHeld: true },
    { status: 'declined', role: null, conversationHeld: false },
    { status: 'left', role: null, conversationHeld: false },
  ],
  goals: { long: 1, short: 2 },
  signalPlanStarted: true,
  agreements: 3,
  planAgreed: true,
  meetings: [preparedStart, heldFollowUp, plannedFollowUp],
};

const nothing: GroupFacts = {
  networkMapPeople: 0,
  members: [],
  goals: { long: 0, short: 0 },
  signalPlanStarted: false,
  agreements: 0,
  planAgreed: false,
  meetings: [],
};

const allManualTicks = new Set(
  allPhases.flatMap((phase) =>
    checklist(phase, nothing, new Set())
      .filter((item) => item.mode === 'manual')
      .map((item) => item.id),
  ),
);
const noTicks = new Set<string>();

const phaseOf = (id: string): PhaseNumber => {
  const phase = allPhases.find((candidate) => checklistItemIds(candidate).includes(id));
  if (phase === undefined) throw new Error(`no phase has item ${id}`);
  return phase;
};
const isDone = (id: string, facts: GroupFacts, ticks: ReadonlySet<string> = noTicks): boolean => {
  const item = checklist(phaseOf(id), facts, ticks).find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`no item ${id}`);
  return item.done;
};
const withStart = (change: Partial<MeetingFacts>): GroupFacts => ({
  ...complete,
  meetings: [{ ...preparedStart, ...change }, heldFollowUp, plannedFollowUp],
});

describe('the six phases', () => {
  it('are numbered 1 to 6 with their code names in the order of the method', () => {
    expect(phases).toEqual([
      { number: 1, code: 'preparation' },
      { number: 2, code: 'deepening' },
      { number: 3, code: 'planning' },
      { number: 4, code: 'start_meeting' },
      { number: 5, code: 'follow_up' },
      { number: 6, code: 'reorientation' },
    ]);
    expect(phaseCode(4)).toBe('start_meeting');
  });

  it('recognises only whole numbers 1 to 6 as phases', () => {
    expect(allPhases.every(isPhaseNumber)).toBe(true);
    for (const value of [0, 7, -1, 2.5, Number.NaN]) expect(isPhaseNumber(value)).toBe(false);
  });

  it('holds the goal limits of the method', () => {
    expect(defaultGoalLimits).toEqual({ long: 2, short: 3 });
  });

  it('gives every checklist item an id of its own across all phases', () => {
    const ids = allPhases.flatMap(checklistItemIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('lists the steps of each phase as the method takes them', () => {
    expect(checklistItemIds(1)).toEqual([
      'method_explained',
      'network_map_made',
      'members_nominated',
      'goals_drafted',
      'signal_plan_started',
      'first_meeting_dated',
    ]);
    expect(checklistItemIds(2)).toEqual(['members_approached', 'conversation_with_every_member']);
    expect(checklistItemIds(3)).toEqual([
      'agenda_made',
      'chair_chosen',
      'minute_taker_chosen',
      'location_chosen',
      'channel_chosen',
      'plan_finished',
      'agreements_recorded',
    ]);
    expect(checklistItemIds(4)).toEqual([
      'start_meeting_held',
      'working_method_discussed',
      'confidentiality_discussed',
      'roles_discussed',
      'goals_agreed',
      'start_evaluated',
    ]);
    expect(checklistItemIds(5)).toEqual([
      'follow_up_held',
      'goals_reviewed',
      'signal_plan_reviewed',
      'composition_reviewed',
      'next_meeting_dated',
      'goals_largely_met',
    ]);
    expect(checklistItemIds(6)).toEqual(['form_reconsidered', 'scaling_down_discussed', 'handover_arranged']);
  });
});

describe('automatic checklist items', () => {
  // Each item with facts that make it undone while everything else stays as in a complete group.
  const undone: Record<string, GroupFacts[]> = {
    network_map_made: [{ ...complete, networkMapPeople: 0 }],
    members_nominated: [{ ...complete, members: [] }],
    goals_drafted: [
      { ...complete, goals: { long: 0, short: 2 } },
      { ...complete, goals: { long: 1, short: 0 } },
      { ...complete, goals: { long: 3, short: 2 } },
      { ...complete, goals: { long: 1, short: 4 } },
      { ...complete, goals: { long: 1, short: 2 }, goalLimits: { long: 1, short: 1 } },
    ],
    signal_plan_started: [{ ...complete, signalPlanStarted: false }],
    first_meeting_dated: [withStart({ date: null }), { ...complete, meetings: [plannedFollowUp] }],
    members_approached: [
      { ...complete, members: [...complete.members, { status: 'nominated', role: null, conversationHeld: false }] },
      { ...complete, members: [] },
    ],
    conversation_with_every_member: [
      { ...complete, members: [...complete.members, { status: 'active', role: null, conversationHeld: false }] },
      { ...complete, members: [...complete.members, { status: 'approached', role: null, conversationHeld: false }] },
      { ...complete, members: [{ status: 'active', role: 'coordinator', conversationHeld: false }] },
    ],
    agenda_made: [withStart({ agendaMade: false }), { ...complete, meetings: [] }],
    chair_chosen: [withStart({ chairChosen: false })],
    minute_taker_chosen: [withStart({ minuteTakerChosen: false })],
    location_chosen: [withStart({ locationChosen: false })],
    channel_chosen: [withStart({ channelChosen: false })],
    agreements_recorded: [{ ...complete, agreements: 0 }],
    start_meeting_held: [withStart({ held: false }), { ...complete, meetings: [heldFollowUp] }],
    goals_agreed: [{ ...complete, planAgreed: false }],
    follow_up_held: [
      { ...complete, meetings: [preparedStart, plannedFollowUp] },
      { ...complete, meetings: [preparedStart, { ...heldFollowUp, kind: 'theme' }, plannedFollowUp] },
    ],
    next_meeting_dated: [
      { ...complete, meetings: [preparedStart, heldFollowUp] },
      { ...complete, meetings: [preparedStart, heldFollowUp, { ...plannedFollowUp, date: null }] },
    ],
  };

  const automaticIds = allPhases.flatMap((phase) =>
    checklist(phase, complete, noTicks)
      .filter((item) => item.mode === 'automatic')
      .map((item) => item.id),
  );

  it('has a case here for every automatic item', () => {
    expect(Object.keys(undone).sort()).toEqual([...automaticIds].sort());
  });

  it.each(automaticIds)('%s is done in a complete group and open in one where it did not happen', (id) => {
    expect(isDone(id, complete)).toBe(true);
    for (const facts of undone[id] ?? []) expect(isDone(id, facts)).toBe(false);
  });

  it('ignores a hand tick on an automatic item', () => {
    expect(isDone('network_map_made', nothing, new Set(['network_map_made']))).toBe(false);
  });

  it('accepts goals up to the limits, and an organisation’s own limits over the defaults', () => {
    expect(isDone('goals_drafted', { ...complete, goals: { long: 2, short: 3 } })).toBe(true);
    // Reached goals were written too: a group whose goals all came true keeps the item.
    expect(isDone('goals_drafted', { ...complete, goals: { long: 0, short: 0 }, reachedGoals: { long: 2, short: 3 } })).toBe(
      true,
    );
    expect(isDone('goals_drafted', { ...complete, goals: { long: 1, short: 0 }, reachedGoals: { long: 0, short: 1 } })).toBe(
      true,
    );
    expect(isDone('goals_drafted', { ...complete, goals: { long: 0, short: 0 }, reachedGoals: { long: 1, short: 0 } })).toBe(
      false,
    );
    expect(isDone('goals_drafted', { ...complete, goals: { long: 2, short: 5 }, goalLimits: { long: 2, short: 5 } })).toBe(true);
  });

  it('wants no conversation with the coordinator, nor with those who declined or left', () => {
    const members = complete.members.filter(
      (member) => member.role === 'coordinator' || member.status === 'declined' || member.status === 'left',
    );
    expect(
      isDone('conversation_with_every_member', {
        ...complete,
        members: [...members, { status: 'conversation_held', role: null, conversationHeld: true }],
      }),
    ).toBe(true);
  });

  it('counts a nominee not yet approached as an open approach, and not as someone owed a conversation', () => {
    const facts: GroupFacts = {
      ...complete,
      members: [...complete.members, { status: 'nominated', role: null, conversationHeld: false }],
    };
    expect(isDone('members_approached', facts)).toBe(false);
    expect(isDone('conversation_with_every_member', facts)).toBe(true);
  });
});

describe('manual checklist items', () => {
  const manualIds = [...allManualTicks];

  it('are the steps Regie cannot see happen', () => {
    expect(manualIds.sort()).toEqual(
      [
        'method_explained',
        'plan_finished',
        'working_method_discussed',
        'confidentiality_discussed',
        'roles_discussed',
        'start_evaluated',
        'goals_reviewed',
        'signal_plan_reviewed',
        'composition_reviewed',
        'goals_largely_met',
        'form_reconsidered',
        'scaling_down_discussed',
        'handover_arranged',
      ].sort(),
    );
  });

  it.each(manualIds)('%s is done only when ticked, whatever the facts', (id) => {
    expect(isDone(id, complete)).toBe(false);
    expect(isDone(id, nothing, new Set([id]))).toBe(true);
  });
});

describe('phase completeness', () => {
  it.each(allPhases)('phase %i is complete when everything happened and everything manual is ticked', (phase) => {
    expect(isPhaseComplete(phase, complete, allManualTicks)).toBe(true);
    expect(isPhaseComplete(phase, nothing, allManualTicks)).toBe(phase === 6);
  });

  it.each([1, 3, 4, 5, 6] as const)('phase %i is not complete before its manual items are ticked', (phase) => {
    expect(isPhaseComplete(phase, complete, noTicks)).toBe(false);
  });

  it('completes deepening on the facts alone, having nothing to tick', () => {
    expect(isPhaseComplete(2, complete, noTicks)).toBe(true);
  });

  it('is not complete with one manual tick missing', () => {
    const ticks = new Set([...allManualTicks].filter((id) => id !== 'plan_finished'));
    expect(isPhaseComplete(3, complete, ticks)).toBe(false);
    expect(isPhaseComplete(2, nothing, allManualTicks)).toBe(false);
  });
});

describe('next suggested step', () => {
  it.each([
    [1, 'method_explained', 'manual'],
    [2, 'members_approached', 'automatic'],
    [3, 'agenda_made', 'automatic'],
    [4, 'start_meeting_held', 'automatic'],
    [5, 'follow_up_held', 'automatic'],
    [6, 'form_reconsidered', 'manual'],
  ] as const)('in a new group in phase %i is %s', (phase, id, mode) => {
    expect(nextSuggestedStep(phase, nothing, noTicks)).toEqual({ kind: 'do_item', phase, item: { id, mode, done: false } });
  });

  it('is the first open item, in the order of the method', () => {
    const ticks = new Set(['method_explained']);
    const facts: GroupFacts = {
      ...nothing,
      networkMapPeople: 4,
      members: [{ status: 'nominated', role: null, conversationHeld: false }],
    };
    expect(nextSuggestedStep(1, facts, ticks)).toEqual({
      kind: 'do_item',
      phase: 1,
      item: { id: 'goals_drafted', mode: 'automatic', done: false },
    });
  });

  it.each([1, 2, 3, 4, 5] as const)('after a complete phase %i is moving to the next phase', (phase) => {
    expect(nextSuggestedStep(phase, complete, allManualTicks)).toEqual({ kind: 'move_to_phase', phase: phase + 1 });
  });

  it('after reorientation is nothing: the group goes on or winds down by its own choice', () => {
    expect(nextSuggestedStep(6, complete, allManualTicks)).toEqual({ kind: 'none' });
  });
});

describe('moving between phases', () => {
  it('goes forward one phase at a time', () => {
    for (const from of [1, 2, 3, 4, 5] as const) expect(canMovePhase(from, (from + 1) as PhaseNumber)).toEqual({ ok: true });
  });

  it('never skips a phase going forward', () => {
    expect(canMovePhase(1, 3)).toEqual({ ok: false, reason: 'skips_phase' });
    expect(canMovePhase(2, 6)).toEqual({ ok: false, reason: 'skips_phase' });
  });

  it('goes back to any earlier phase', () => {
    for (const from of allPhases)
      for (const to of allPhases.filter((phase) => phase < from)) expect(canMovePhase(from, to)).toEqual({ ok: true });
  });

  it('does not count staying put as a move', () => {
    for (const phase of allPhases) expect(canMovePhase(phase, phase)).toEqual({ ok: false, reason: 'same_phase' });
  });
});
