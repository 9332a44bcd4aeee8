import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberKinds, professionalRoles } from '../../../domain/membership.js';
import { agreementStatuses, goalHorizons, goalStatuses, recoveryDimensions } from '../../../domain/plan.js';
import { comparePlanContents, type GoalContent, type PlanContent } from '../../../domain/plan-versions.js';
import { planChangeKinds, type VersionSummary } from '../../../shared/plans.js';
import { en, nl } from '../../i18n/texts.js';
import {
  agreementFieldNames,
  comparisonSections,
  goalFieldNames,
  phaseFieldNames,
  signalPlanFieldNames,
} from './comparison-words.js';
import { chartBox, chartGeometry } from './trend-chart.js';
import {
  adoptionState,
  arrangeGoals,
  defaultComparison,
  formatDay,
  fullHorizons,
  memberLabel,
  openGoalCounts,
  versionLine,
} from './words.js';

const goal = (overrides: Partial<GoalContent> & Pick<GoalContent, 'id'>): GoalContent => ({
  horizon: 'short',
  text: `Doel ${overrides.id}`,
  dimension: 'personal',
  measure: '',
  targetOn: null,
  status: 'in_progress',
  servesGoalId: null,
  progress: [],
  ...overrides,
});

const version = (number: number, adoptedOn: string[] = []): VersionSummary => ({
  number,
  changedAt: '2026-03-12T13:30:00.000Z',
  change: { kind: 'goal_changed', subjectId: 'g1' },
  subject: 'Weer zelf koken',
  author: 'Esmee van Dijk',
  onBehalfOf: null,
  adoptedOn,
});

describe('the words of the plan', () => {
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

  it('has words for every code of goals, agreements, versions and members, in both languages', () => {
    for (const texts of [nl, en]) {
      const plans = texts.plans;
      for (const horizon of goalHorizons) {
        expect(plans.horizons[horizon], horizon).toMatch(/\S/);
        expect(plans.goalForm.horizonChoices[horizon], horizon).toMatch(/\S/);
      }
      for (const dimension of recoveryDimensions) {
        expect(plans.dimensions[dimension], dimension).toMatch(/\S/);
        expect(plans.dimensionChoices[dimension], dimension).toMatch(/\S/);
      }
      for (const status of goalStatuses) expect(plans.goalStatuses[status], status).toMatch(/\S/);
      for (const status of agreementStatuses) expect(plans.agreementStatuses[status], status).toMatch(/\S/);
      for (const kind of planChangeKinds) expect(plans.changeKinds[kind], kind).toMatch(/\S/);
      for (const kind of memberKinds) expect(plans.memberKinds[kind], kind).toMatch(/\S/);
      for (const role of professionalRoles) expect(plans.memberRoles[role], role).toMatch(/\S/);
      for (const field of Object.keys(goalFieldNames))
        expect((plans.compare.goalFields as Record<string, string>)[field], field).toMatch(/\S/);
      for (const field of Object.keys(agreementFieldNames))
        expect((plans.compare.agreementFields as Record<string, string>)[field], field).toMatch(/\S/);
      for (const field of Object.keys(phaseFieldNames))
        expect((plans.compare.phaseFields as Record<string, string>)[field], field).toMatch(/\S/);
      for (const field of Object.keys(signalPlanFieldNames))
        expect((plans.compare.signalPlanFields as Record<string, string>)[field], field).toMatch(/\S/);
    }
  });

  it('arranges goals as direction and steps, keeps achieved goals in place and stopped ones apart', () => {
    const goals = [
      goal({ id: 'L1', horizon: 'long' }),
      goal({ id: 'S1', servesGoalId: 'L1', status: 'achieved' }),
      goal({ id: 'L2', horizon: 'long', status: 'stopped' }),
      goal({ id: 'S2', servesGoalId: 'L2' }),
      goal({ id: 'S3' }),
      goal({ id: 'S4', servesGoalId: 'L1', status: 'stopped' }),
    ];
    const arranged = arrangeGoals(goals);
    expect(arranged.long.map(({ goal: long, steps }) => [long.id, steps.map((s) => s.id)])).toEqual([['L1', ['S1']]]);
    // A step towards a stopped goal is not lost: it stands with the other steps.
    expect(arranged.loose.map((g) => g.id)).toEqual(['S2', 'S3']);
    expect(arranged.stopped.map((g) => g.id)).toEqual(['L2', 'S4']);
  });

  it('counts the places taken and knows which kinds are full before anyone types', () => {
    const goals = [
      goal({ id: 'L1', horizon: 'long' }),
      goal({ id: 'L2', horizon: 'long', status: 'achieved' }),
      goal({ id: 'S1' }),
      goal({ id: 'S2', status: 'adjusted' }),
      goal({ id: 'S3', status: 'not_started' }),
      goal({ id: 'S4', status: 'stopped' }),
    ];
    expect(openGoalCounts(goals)).toEqual({ long: 1, short: 3 });
    expect(fullHorizons(goals, { long: 2, short: 3 })).toEqual(['short']);
    expect(fullHorizons(goals, { long: 1, short: 4 })).toEqual(['long']);
    expect(fullHorizons([], { long: 2, short: 3 })).toEqual([]);
  });

  it('says whether the plan was agreed at a meeting, and whether it changed since', () => {
    expect(adoptionState({ version: 0, adoption: null })).toEqual({ kind: 'empty' });
    expect(adoptionState({ version: 3, adoption: null })).toEqual({ kind: 'not_adopted' });
    expect(adoptionState({ version: 5, adoption: { version: 4, meetingOn: '2026-03-12' } })).toEqual({
      kind: 'adopted',
      meetingOn: '2026-03-12',
      version: 4,
      changedSince: true,
    });
    expect(adoptionState({ version: 4, adoption: { version: 4, meetingOn: '2026-03-12' } })).toMatchObject({
      changedSince: false,
    });
  });

  it('tells a version in words, with the time in the Netherlands and on whose behalf', () => {
    const line = versionLine(nlT, { ...version(7, ['2026-03-12']), onBehalfOf: 'Joep Bakker' }, 'nl');
    expect(line.when).toBe('12 maart 2026 om 14:30');
    expect(line.what).toBe('Doel veranderd: ‘Weer zelf koken’');
    expect(line.by).toBe('Door Esmee van Dijk, namens Joep Bakker');
    expect(line.adopted).toEqual(['Vastgesteld in de bijeenkomst van 12 maart 2026']);
    const signal = versionLine(
      enT,
      { ...version(8), change: { kind: 'signal_plan_saved', subjectId: null }, subject: null },
      'en',
    );
    expect(signal.what).toBe('Signalling plan saved');
    expect(signal.by).toBe('By Esmee van Dijk');
  });

  it('compares the newest version with the agreed one, else with the one before', () => {
    expect(defaultComparison([version(5), version(4), version(3, ['2026-03-01']), version(2)])).toEqual([3, 5]);
    expect(defaultComparison([version(5), version(4), version(3)])).toEqual([4, 5]);
    // The newest is the agreed one itself: what changed in the last step.
    expect(defaultComparison([version(5, ['2026-03-12']), version(4), version(3, ['2026-03-01'])])).toEqual([4, 5]);
    expect(defaultComparison([version(1)])).toBeNull();
  });

  it('names a member with what they are in the group', () => {
    expect(memberLabel(nlT, { name: 'Mirjam de Boer', kind: 'informal', role: null })).toBe('Mirjam de Boer (naaste)');
    expect(memberLabel(nlT, { name: 'Esmee van Dijk', kind: 'formal', role: 'coordinator' })).toBe(
      'Esmee van Dijk (regieondersteuner)',
    );
    expect(memberLabel(enT, { name: 'Kees', kind: 'peer', role: null })).toBe('Kees (peer expert)');
  });

  it('reads a calendar day without a time zone moving it', () => {
    expect(formatDay('2026-03-01', 'nl')).toBe('1 maart 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('tells what changed between two versions, field by field, in plain words', () => {
    const older: PlanContent = {
      goals: [
        goal({ id: 'L1', horizon: 'long', text: 'Op mezelf wonen' }),
        goal({ id: 'S1', text: 'Zelf koken', servesGoalId: null, progress: [{ date: '2026-02-01', score: 3 }] }),
        goal({ id: 'S2', text: 'Oud doel' }),
      ],
      agreements: [
        { id: 'A1', what: 'Samen de post doornemen', assignee: { kind: 'client' }, dueOn: null, goalId: null, status: 'open' },
      ],
      signalPlan: null,
    };
    const newer: PlanContent = {
      goals: [
        goal({ id: 'L1', horizon: 'long', text: 'Op mezelf wonen' }),
        goal({
          id: 'S1',
          text: 'Zelf koken',
          servesGoalId: 'L1',
          status: 'achieved',
          progress: [
            { date: '2026-02-01', score: 3 },
            { date: '2026-03-12', score: 8 },
          ],
        }),
        goal({ id: 'S3', text: 'Nieuwe stap' }),
      ],
      agreements: [
        {
          id: 'A1',
          what: 'Samen de post doornemen',
          assignee: { kind: 'member', memberId: 'm1', name: 'Mirjam' },
          dueOn: '2026-04-01',
          goalId: 'L1',
          status: 'done',
        },
      ],
      signalPlan: {
        phases: [
          {
            id: 'p1',
            code: 'stable',
            name: null,
            clientNotices: '',
            othersNotice: '',
            clientDoes: '',
            membersDo: [],
            professionalsDo: '',
          },
        ],
        helps: 'Rust',
        doesNotHelp: '',
        crisisContacts: [],
      },
    };
    const sections = comparisonSections(nlT, comparePlanContents(older, newer), {
      language: 'nl',
      clientName: 'Joep Bakker',
      own: false,
      goals: [...newer.goals, ...older.goals],
      olderPhases: [],
      newerPhases: newer.signalPlan?.phases ?? [],
    });
    const goals = sections.find((section) => section.key === 'goals');
    expect(goals?.groups.map((group) => [group.title, group.items.map((item) => item.title)])).toEqual([
      ['Nieuwe doelen', ['Doel voor de korte termijn: ‘Nieuwe stap’']],
      ['Doelen die weg zijn', ['Doel voor de korte termijn: ‘Oud doel’']],
      ['Veranderde doelen', ['Doel voor de korte termijn: ‘Zelf koken’']],
    ]);
    expect(goals?.groups[2]?.items[0]?.fields).toEqual([
      { field: 'status', label: 'Stand', before: 'Bezig', after: 'Gelukt' },
      { field: 'servesGoalId', label: 'Hoort bij doel', before: 'geen doel', after: '‘Op mezelf wonen’' },
      {
        field: 'progress',
        label: 'Scores',
        before: 'laatste score 3 van 10, op 1 februari 2026',
        after: 'laatste score 8 van 10, op 12 maart 2026',
      },
    ]);
    const agreements = sections.find((section) => section.key === 'agreements');
    expect(agreements?.groups[0]?.items[0]?.fields.map((field) => `${field.label}: ${field.before} → ${field.after}`)).toEqual([
      'Wie: Joep Bakker zelf → Mirjam',
      'Klaar op: geen datum → 1 april 2026',
      'Hoort bij doel: geen doel → ‘Op mezelf wonen’',
      'Stand: Open → Gedaan',
    ]);
    const signal = sections.find((section) => section.key === 'signalPlan');
    expect(signal?.notes).toEqual(['Het signaleringsplan is begonnen.']);
    expect(signal?.groups.map((group) => group.title)).toEqual(['Nieuwe fasen', 'Andere onderdelen']);
    expect(signal?.groups[1]?.items[0]?.fields).toEqual([
      { field: 'helps', label: 'Wat helpt', before: '(leeg)', after: 'Rust' },
    ]);
  });

  it('leaves out the parts where nothing changed', () => {
    const content: PlanContent = { goals: [goal({ id: 'S1' })], agreements: [], signalPlan: null };
    const comparison = comparePlanContents(content, content);
    expect(comparison.same).toBe(true);
    expect(
      comparisonSections(enT, comparison, {
        language: 'en',
        clientName: 'Joep',
        own: true,
        goals: content.goals,
        olderPhases: [],
        newerPhases: [],
      }),
    ).toEqual([]);
  });
});

describe('the progress chart', () => {
  it('puts scores 0 to 10 from the bottom to the top, and days by their distance in time', () => {
    const geometry = chartGeometry([
      { date: '2026-01-01', score: 0 },
      { date: '2026-01-11', score: 5 },
      { date: '2026-01-31', score: 10 },
    ]);
    const innerWidth = chartBox.width - chartBox.left - chartBox.right;
    expect(geometry.points.map((point) => point.y)).toEqual([
      chartBox.height - chartBox.bottom,
      geometry.grid[1]?.y,
      chartBox.top,
    ]);
    expect(geometry.points[0]?.x).toBe(chartBox.left);
    expect(geometry.points[2]?.x).toBe(chartBox.width - chartBox.right);
    // Ten days of thirty: a third of the way.
    expect(geometry.points[1]?.x).toBeCloseTo(chartBox.left + innerWidth / 3, 0);
    expect(geometry.line.startsWith(`M${chartBox.left} `)).toBe(true);
    expect(geometry.grid.map((line) => line.score)).toEqual([10, 5, 0]);
    expect(geometry.dateLabels.map((label) => [label.date, label.anchor])).toEqual([
      ['2026-01-01', 'start'],
      ['2026-01-31', 'end'],
    ]);
  });

  it('stands one score in the middle, without a line', () => {
    const geometry = chartGeometry([{ date: '2026-03-12', score: 7 }]);
    expect(geometry.line).toBe('');
    expect(geometry.points).toHaveLength(1);
    expect(geometry.points[0]?.x).toBe(chartBox.left + (chartBox.width - chartBox.left - chartBox.right) / 2);
    expect(geometry.dateLabels).toEqual([{ date: '2026-03-12', x: geometry.points[0]?.x, anchor: 'middle' }]);
  });

  it('draws nothing for no scores', () => {
    expect(chartGeometry([])).toMatchObject({ points: [], line: '', dateLabels: [] });
  });
});
