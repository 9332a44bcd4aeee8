import { describe, expect, it } from 'vitest';
import type { MemberStatus } from '../../../domain/membership.js';
import type { GroupStory } from '../groups/story.js';
import { replayPlanStory, type PlanMember, type ReplayContext } from './replay.js';
import type { PlanEvent, StoryGoal, StorySignalPhase } from './story.js';

// A demo plan story that breaks one of the method's rules must fail the demo, naming the change.

const group: GroupStory = {
  client: 'client@demo.regie.test',
  groupName: 'Proefgroep',
  createdDaysAgo: 100,
  mapMadeDaysAgo: 100,
  phaseMoves: [
    { to: 2, daysAgo: 90, by: 'coordinator' },
    { to: 3, daysAgo: 60, by: 'client' },
    { to: 4, daysAgo: 30, by: 'coordinator' },
  ],
  ticks: [],
  people: [],
  snapshots: [],
  members: [],
};

const member = (id: string, name: string, accountId: string | null, steps: [MemberStatus, number][]): PlanMember => ({
  id,
  name,
  accountId,
  statusOn: (daysAgo) => steps.filter((step) => step[1] >= daysAgo).at(-1)?.[0] ?? null,
});
const members = new Map<string, PlanMember>([
  [
    'zus',
    member('00000000-0000-4000-8000-000000000001', 'Wilma', 'acc-wilma', [
      ['nominated', 80],
      ['active', 40],
    ]),
  ],
  ['vriend', member('00000000-0000-4000-8000-000000000002', 'Bram', null, [['nominated', 80]])],
]);
const context: ReplayContext = {
  group,
  clientAccount: 'acc-client',
  members,
  coordinatorOn: () => 'acc-coordinator',
  at: (daysAgo, minutes) => new Date(Date.UTC(2026, 5, 1) - daysAgo * 86_400_000 + minutes * 60_000).toISOString(),
  date: (daysAgo) => new Date(Date.UTC(2026, 5, 1) - daysAgo * 86_400_000).toISOString().slice(0, 10),
};

const goal = (key: string, horizon: 'long' | 'short', extra: Partial<StoryGoal> = {}): StoryGoal => ({
  key,
  horizon,
  text: `Doel ${key}`,
  dimension: 'personal',
  measure: 'Ik merk het',
  ...extra,
});
const add = (daysAgo: number, g: StoryGoal): PlanEvent => ({ daysAgo, kind: 'goal_added', goal: g });
const phase = (key: string): StorySignalPhase => ({
  key,
  code: null,
  name: key,
  clientNotices: '',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
});
const fullPlan: PlanEvent[] = [
  add(50, goal('l1', 'long')),
  add(50, goal('l2', 'long')),
  add(49, goal('s1', 'short', { serves: 'l1' })),
  add(49, goal('s2', 'short')),
  add(48, goal('s3', 'short')),
];
const replay = (events: readonly PlanEvent[], delegatedDaysAgo?: number) =>
  replayPlanStory({ client: group.client, events, ...(delegatedDaysAgo === undefined ? {} : { delegatedDaysAgo }) }, context);

describe('replayPlanStory', () => {
  it('writes a version after every change, and the adoption of the newest one', () => {
    const plan = replay([
      ...fullPlan,
      { daysAgo: 30, kind: 'progress_recorded', goal: 's1', score: 4 },
      { daysAgo: 30, kind: 'adopted' },
    ]);
    expect(plan.versions.map((v) => [v.number, v.change.kind])).toEqual([
      [1, 'goal_added'],
      [2, 'goal_added'],
      [3, 'goal_added'],
      [4, 'goal_added'],
      [5, 'goal_added'],
      [6, 'progress_recorded'],
    ]);
    expect(plan.adoptions).toMatchObject([{ version: 6, meetingOn: '2026-05-02', adoptedByAccountId: 'acc-client' }]);
    expect(plan.versions.at(-1)?.content.goals.find((g) => g.text === 'Doel s1')?.progress).toEqual([
      { date: '2026-05-02', score: 4 },
    ]);
    // Two changes on one day keep their order.
    expect((plan.versions[0]?.changedAt ?? '') < (plan.versions[1]?.changedAt ?? '')).toBe(true);
  });

  it('refuses a goal over the limit, and lets an achieved goal free its place', () => {
    expect(() => replay([...fullPlan, add(40, goal('s4', 'short'))])).toThrow(/s4 is one short-term goal over the limit of 3/);
    expect(() => replay([...fullPlan, add(40, goal('l3', 'long'))])).toThrow(/over the limit of 2/);
    const freed = [
      ...fullPlan,
      { daysAgo: 45, kind: 'goal_changed', goal: 's2', set: { status: 'achieved' } } as const,
      add(40, goal('s4', 'short')),
    ];
    expect(replay(freed).goals).toHaveLength(6);
    expect(() => replay([...freed, { daysAgo: 39, kind: 'goal_changed', goal: 's2', set: { status: 'in_progress' } }])).toThrow(
      /reopening s2 goes over the limit/,
    );
  });

  it('refuses links the method does not allow and scores outside 0 to 10', () => {
    expect(() => replay([add(50, goal('s1', 'short')), add(49, goal('s2', 'short', { serves: 's1' }))])).toThrow(
      /s2 may not serve s1/,
    );
    const stopped = [
      add(50, goal('l1', 'long')),
      { daysAgo: 49, kind: 'goal_changed', goal: 'l1', set: { status: 'stopped' } } as const,
    ];
    expect(() => replay([...stopped, add(48, goal('s1', 'short', { serves: 'l1' }))])).toThrow(/s1 may not serve l1/);
    expect(() =>
      replay([add(50, goal('l1', 'long')), { daysAgo: 40, kind: 'progress_recorded', goal: 'l1', score: 11 }]),
    ).toThrow(/11 is not a progress score/);
  });

  it('refuses a signalling plan with too few or too many phases', () => {
    const save = (count: number): PlanEvent => ({
      daysAgo: 40,
      kind: 'signal_plan_saved',
      signalPlan: {
        phases: Array.from({ length: count }, (_, i) => phase(`f${i}`)),
        helps: '',
        doesNotHelp: '',
        crisisContacts: [],
      },
    });
    expect(() => replay([save(1)])).toThrow(/1 phases/);
    expect(() => replay([save(7)])).toThrow(/7 phases/);
    expect(replay([save(5)]).signalPlan?.phases).toHaveLength(5);
  });

  it('gives agreements and signalling tasks only to members who are active that day', () => {
    const agree = (who: string, daysAgo: number): PlanEvent => ({
      daysAgo,
      kind: 'agreement_added',
      agreement: { key: `a-${who}`, what: 'Bellen', who },
    });
    expect(() => replay([agree('vriend', 20)])).toThrow(/vriend is not an active member/);
    expect(() => replay([agree('zus', 45)])).toThrow(/zus is not an active member 45 days ago/);
    expect(() => replay([agree('buurman', 20)])).toThrow(/buurman is not a member/);
    expect(replay([agree('zus', 20)]).agreements[0]?.memberId).toBe(members.get('zus')?.id);
  });

  it('lets the coordinator write only after the client delegated it, and a member mark only their own agreement', () => {
    const byCoordinator: PlanEvent = { daysAgo: 20, by: 'coordinator', kind: 'goal_added', goal: goal('l1', 'long') };
    expect(() => replay([byCoordinator])).toThrow(/without edit_plan/);
    expect(() => replay([byCoordinator], 10)).toThrow(/without edit_plan/);
    expect(replay([byCoordinator], 25).versions[0]).toMatchObject({
      authorAccountId: 'acc-coordinator',
      onBehalfOfAccountId: 'acc-client',
    });

    const agreements: PlanEvent[] = [
      { daysAgo: 20, kind: 'agreement_added', agreement: { key: 'zelf', what: 'Boodschappen doen', who: 'client' } },
      { daysAgo: 20, kind: 'agreement_added', agreement: { key: 'wilma', what: 'Bellen op woensdag', who: 'zus' } },
    ];
    expect(() =>
      replay([
        ...agreements,
        { daysAgo: 10, by: { member: 'zus' }, kind: 'agreement_status', agreement: 'zelf', status: 'done' },
      ]),
    ).toThrow(/may only mark their own agreements/);
    expect(() =>
      replay([
        ...agreements,
        { daysAgo: 10, by: { member: 'zus' }, kind: 'agreement_status', agreement: 'wilma', status: 'cancelled' },
      ]),
    ).toThrow(/may only mark their own agreements/);
    const done = replay([
      ...agreements,
      { daysAgo: 10, by: { member: 'zus' }, kind: 'agreement_status', agreement: 'wilma', status: 'done' },
    ]);
    expect(done.agreements[1]).toMatchObject({ status: 'done', doneByAccountId: 'acc-wilma' });
  });

  it('adopts only from the start meeting on and only a plan with a version', () => {
    expect(() => replay([{ daysAgo: 30, kind: 'adopted' }])).toThrow(/nothing to adopt/);
    expect(() => replay([...fullPlan, { daysAgo: 40, kind: 'adopted' }])).toThrow(/adopted before the start meeting/);
  });

  it('keeps to the group’s life and the order of days', () => {
    expect(() => replay([add(101, goal('l1', 'long'))])).toThrow(/outside the group's life/);
    expect(() => replay([add(0, goal('l1', 'long'))])).toThrow(/outside the group's life/);
    expect(() => replay([add(40, goal('l1', 'long')), add(50, goal('l2', 'long'))])).toThrow(/out of order/);
    expect(() => replay([])).toThrow(/without changes/);
  });
});
