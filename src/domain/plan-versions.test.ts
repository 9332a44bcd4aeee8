import { describe, expect, it } from 'vitest';
import {
  comparePlanContents,
  emptyPlanContent,
  type AgreementContent,
  type GoalContent,
  type PlanContent,
  type SignalPhaseContent,
  type SignalPlanContent,
} from './plan-versions.js';

const work: GoalContent = {
  id: 'g-work',
  horizon: 'long',
  text: 'Weer drie dagen per week werken in de groenvoorziening',
  dimension: 'social',
  measure: 'Een contract voor drie dagen',
  targetOn: '2026-12-01',
  status: 'in_progress',
  servesGoalId: null,
  progress: [
    { date: '2026-01-10', score: 3 },
    { date: '2026-03-12', score: 4 },
  ],
};
const sleep: GoalContent = {
  id: 'g-sleep',
  horizon: 'short',
  text: 'Om half twaalf naar bed, ook in het weekend',
  dimension: 'health',
  measure: 'Vijf nachten per week',
  targetOn: null,
  status: 'not_started',
  servesGoalId: 'g-work',
  progress: [],
};
const call: AgreementContent = {
  id: 'a-call',
  what: 'Op zondag bellen om te horen hoe de week ging',
  assignee: { kind: 'member', memberId: 'm-sister', name: 'Wilma' },
  dueOn: null,
  goalId: 'g-work',
  status: 'open',
};
const letter: AgreementContent = {
  id: 'a-letter',
  what: 'De brief van de woningbouw samen lezen',
  assignee: { kind: 'client' },
  dueOn: '2026-04-01',
  goalId: null,
  status: 'open',
};

const phase = (id: string, code: string | null, extra: Partial<SignalPhaseContent> = {}): SignalPhaseContent => ({
  id,
  code,
  name: null,
  clientNotices: '',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
  ...extra,
});
const signalPlan: SignalPlanContent = {
  phases: [
    phase('p1', 'stable', { clientNotices: 'Ik slaap goed en sta op tijd op' }),
    phase('p2', 'early_signs', {
      othersNotice: 'Ik neem de telefoon niet op',
      membersDo: [{ memberId: 'm-sister', name: 'Wilma', action: 'Een berichtje sturen' }],
    }),
    phase('p3', 'rising_tension'),
    phase('p4', 'crisis', { professionalsDo: 'Binnen een dag een huisbezoek' }),
  ],
  helps: 'Een wandeling met de hond',
  doesNotHelp: 'Veel vragen tegelijk',
  crisisContacts: [{ name: 'Crisisdienst', phone: '020 000 1234', note: 'Buiten kantoortijd' }],
};

const plan = (extra: Partial<PlanContent> = {}): PlanContent => ({
  goals: [work, sleep],
  agreements: [call, letter],
  signalPlan,
  ...extra,
});

describe('comparePlanContents', () => {
  it('finds two identical versions the same, also when their JSON orders keys differently', () => {
    const comparison = comparePlanContents(plan(), plan());
    expect(comparison.same).toBe(true);
    expect(comparison.goals).toEqual({ added: [], removed: [], changed: [] });
    expect(comparison.signalPlan).toEqual({
      started: false,
      reordered: false,
      phases: { added: [], removed: [], changed: [] },
      fields: [],
    });

    const reread = JSON.parse(JSON.stringify(plan())) as PlanContent;
    const shuffled = { ...reread, goals: reread.goals.map((goal) => Object.fromEntries(Object.entries(goal).reverse())) };
    expect(comparePlanContents(plan(), shuffled as PlanContent).same).toBe(true);
    expect(comparePlanContents(emptyPlanContent, emptyPlanContent).same).toBe(true);
  });

  it('lists added and removed goals by id, in the order of the version they are in', () => {
    const family: GoalContent = { ...sleep, id: 'g-family', text: 'Eén keer per maand bij mijn dochter op bezoek' };
    const comparison = comparePlanContents(plan({ goals: [work, sleep] }), plan({ goals: [family, work] }));
    expect(comparison.goals.added).toEqual([family]);
    expect(comparison.goals.removed).toEqual([sleep]);
    expect(comparison.goals.changed).toEqual([]);
    expect(comparison.same).toBe(false);
  });

  it('lists a changed goal once, with only the fields that differ, in the form order', () => {
    const after: GoalContent = { ...sleep, text: 'Om twaalf uur naar bed', status: 'adjusted', servesGoalId: null };
    const comparison = comparePlanContents(plan(), plan({ goals: [work, after] }));
    expect(comparison.goals.changed).toEqual([
      {
        before: sleep,
        after,
        fields: [
          { field: 'text', before: sleep.text, after: after.text },
          { field: 'status', before: 'not_started', after: 'adjusted' },
          { field: 'servesGoalId', before: 'g-work', after: null },
        ],
      },
    ]);
    expect(comparison.goals.added).toEqual([]);
    expect(comparison.goals.removed).toEqual([]);
  });

  it('sees a new progress score as a change of the goal, comparing the trend by value', () => {
    const scored: GoalContent = { ...work, progress: [...work.progress, { date: '2026-05-02', score: 6 }] };
    const comparison = comparePlanContents(plan(), plan({ goals: [scored, sleep] }));
    expect(comparison.goals.changed).toHaveLength(1);
    expect(comparison.goals.changed[0]?.fields).toEqual([{ field: 'progress', before: work.progress, after: scored.progress }]);

    // A score corrected on the same day is a change too; a copy of the same trend is not.
    const corrected: GoalContent = {
      ...work,
      progress: [work.progress[0] ?? { date: '', score: 0 }, { date: '2026-03-12', score: 5 }],
    };
    expect(comparePlanContents(plan(), plan({ goals: [corrected, sleep] })).goals.changed[0]?.fields.map((f) => f.field)).toEqual(
      ['progress'],
    );
    const copy: GoalContent = { ...work, progress: work.progress.map((point) => ({ ...point })) };
    expect(comparePlanContents(plan(), plan({ goals: [copy, sleep] })).same).toBe(true);
  });

  it('shows an agreement marked done, and a new assignee compared deeply', () => {
    const done: AgreementContent = { ...call, status: 'done' };
    const comparison = comparePlanContents(plan(), plan({ agreements: [done, letter] }));
    expect(comparison.agreements.changed).toEqual([
      { before: call, after: done, fields: [{ field: 'status', before: 'open', after: 'done' }] },
    ]);

    const handedOver: AgreementContent = { ...letter, assignee: { kind: 'member', memberId: 'm-karin', name: 'Karin' } };
    expect(comparePlanContents(plan(), plan({ agreements: [call, handedOver] })).agreements.changed[0]?.fields).toEqual([
      { field: 'assignee', before: { kind: 'client' }, after: { kind: 'member', memberId: 'm-karin', name: 'Karin' } },
    ]);
    // The same member named anew (a name corrected on the map) is a change of the assignee.
    const renamed: AgreementContent = { ...call, assignee: { kind: 'member', memberId: 'm-sister', name: 'Wilma Jansen' } };
    expect(comparePlanContents(plan(), plan({ agreements: [renamed, letter] })).agreements.changed).toHaveLength(1);
  });

  it('lists added and removed agreements', () => {
    const comparison = comparePlanContents(plan({ agreements: [call] }), plan({ agreements: [letter] }));
    expect(comparison.agreements).toEqual({ added: [letter], removed: [call], changed: [] });
  });

  it('marks the signalling plan started, with its phases added and its filled-in fields against empty ones', () => {
    const comparison = comparePlanContents(plan({ signalPlan: null }), plan());
    expect(comparison.signalPlan.started).toBe(true);
    expect(comparison.signalPlan.phases.added.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(comparison.signalPlan.fields).toEqual([
      { field: 'helps', before: '', after: signalPlan.helps },
      { field: 'doesNotHelp', before: '', after: signalPlan.doesNotHelp },
      { field: 'crisisContacts', before: [], after: signalPlan.crisisContacts },
    ]);
    expect(comparison.same).toBe(false);

    const emptyStart: SignalPlanContent = {
      phases: [phase('s', 'stable'), phase('c', 'crisis')],
      helps: '',
      doesNotHelp: '',
      crisisContacts: [],
    };
    const bare = comparePlanContents(plan({ signalPlan: null }), plan({ signalPlan: emptyStart }));
    expect(bare.signalPlan.started).toBe(true);
    expect(bare.signalPlan.fields).toEqual([]);
    expect(bare.same).toBe(false);

    // Read the other way round (an older version that predates it), it is taken away.
    const back = comparePlanContents(plan(), plan({ signalPlan: null }));
    expect(back.signalPlan.started).toBe(true);
    expect(back.signalPlan.phases.removed).toHaveLength(4);
  });

  it('treats a renamed phase as the same phase changed, and sees member actions by value', () => {
    const [p1, p2, p3, p4] = signalPlan.phases as [
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
    ];
    const renamed = { ...p1, name: 'Goed in mijn vel' };
    const moreHelp = { ...p2, membersDo: [...p2.membersDo, { memberId: 'm-bram', name: 'Bram', action: 'Langskomen' }] };
    const comparison = comparePlanContents(plan(), plan({ signalPlan: { ...signalPlan, phases: [renamed, moreHelp, p3, p4] } }));
    expect(comparison.signalPlan.phases.changed).toEqual([
      { before: p1, after: renamed, fields: [{ field: 'name', before: null, after: 'Goed in mijn vel' }] },
      { before: p2, after: moreHelp, fields: [{ field: 'membersDo', before: p2.membersDo, after: moreHelp.membersDo }] },
    ]);
    expect(comparison.signalPlan.phases.added).toEqual([]);
    expect(comparison.signalPlan.reordered).toBe(false);
    expect(comparison.signalPlan.started).toBe(false);
  });

  it('lists added and removed phases without calling the rest reordered', () => {
    const [p1, p2, p3, p4] = signalPlan.phases as [
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
    ];
    const recovery = phase('p5', null, { name: 'Herstel na een crisis' });
    const comparison = comparePlanContents(plan(), plan({ signalPlan: { ...signalPlan, phases: [p1, p2, p4, recovery] } }));
    expect(comparison.signalPlan.phases.added).toEqual([recovery]);
    expect(comparison.signalPlan.phases.removed).toEqual([p3]);
    expect(comparison.signalPlan.phases.changed).toEqual([]);
    expect(comparison.signalPlan.reordered).toBe(false);
    expect(comparison.same).toBe(false);
  });

  it('counts phases put in another order as a difference, though no phase changed', () => {
    const [p1, p2, p3, p4] = signalPlan.phases as [
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
      SignalPhaseContent,
    ];
    const comparison = comparePlanContents(plan(), plan({ signalPlan: { ...signalPlan, phases: [p1, p3, p2, p4] } }));
    expect(comparison.signalPlan.reordered).toBe(true);
    expect(comparison.signalPlan.phases).toEqual({ added: [], removed: [], changed: [] });
    expect(comparison.same).toBe(false);
  });

  it('shows changed crisis contacts and what helps, as whole fields', () => {
    const contacts = [...signalPlan.crisisContacts, { name: 'Huisartsenpost', phone: '020 000 9876', note: '' }];
    const comparison = comparePlanContents(
      plan(),
      plan({ signalPlan: { ...signalPlan, crisisContacts: contacts, helps: 'Muziek' } }),
    );
    expect(comparison.signalPlan.fields).toEqual([
      { field: 'helps', before: signalPlan.helps, after: 'Muziek' },
      { field: 'crisisContacts', before: signalPlan.crisisContacts, after: contacts },
    ]);
    const newNumber = signalPlan.crisisContacts.map((contact) => ({ ...contact, phone: '020 000 4321' }));
    expect(
      comparePlanContents(plan(), plan({ signalPlan: { ...signalPlan, crisisContacts: newNumber } })).signalPlan.fields,
    ).toEqual([{ field: 'crisisContacts', before: signalPlan.crisisContacts, after: newNumber }]);
    expect(comparison.same).toBe(false);
  });
});
