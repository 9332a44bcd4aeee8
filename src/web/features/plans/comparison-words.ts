import type { TFunction } from 'i18next';
import type {
  AgreementContent,
  CrisisContact,
  FieldChange,
  GoalContent,
  MemberAction,
  PlanComparison,
  SignalPhaseContent,
} from '../../../domain/plan-versions.js';
import { phaseName } from './signal-words.js';
import {
  agreementStatusText,
  assigneeText,
  dimensionText,
  formatDay,
  goalStatusText,
  horizonText,
  type AgreementView,
} from './words.js';

// What changed between two versions of the plan, in plain words: per goal, agreement or phase its
// title and each changed field as "was" and "became". The rendering is ComparisonView.tsx.

export type GoalField = Exclude<keyof GoalContent, 'id'>;
export type AgreementField = Exclude<keyof AgreementContent, 'id'>;
export type PhaseField = Exclude<keyof SignalPhaseContent, 'id'>;
export type SignalPlanField = 'helps' | 'doesNotHelp' | 'crisisContacts';

/** Every field the comparison may name, for the test that each has words in both languages. */
export const goalFieldNames = {
  horizon: true,
  text: true,
  dimension: true,
  measure: true,
  targetOn: true,
  status: true,
  servesGoalId: true,
  progress: true,
} as const satisfies Record<GoalField, true>;
export const agreementFieldNames = {
  what: true,
  assignee: true,
  dueOn: true,
  goalId: true,
  status: true,
} as const satisfies Record<AgreementField, true>;
export const phaseFieldNames = {
  code: true,
  name: true,
  clientNotices: true,
  othersNotice: true,
  clientDoes: true,
  membersDo: true,
  professionalsDo: true,
} as const satisfies Record<PhaseField, true>;
export const signalPlanFieldNames = { helps: true, doesNotHelp: true, crisisContacts: true } as const satisfies Record<
  SignalPlanField,
  true
>;

export interface FieldLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface ItemLine {
  key: string;
  title: string;
  /** For a changed item: each changed field; empty for an added or removed one. */
  fields: FieldLine[];
}

export interface ChangeGroup {
  key: string;
  title: string;
  items: ItemLine[];
}

export interface ComparisonSection {
  key: 'goals' | 'agreements' | 'signalPlan';
  title: string;
  groups: ChangeGroup[];
  /** Sentences that need no list: the signalling plan was started, its phases were put in another order. */
  notes: string[];
}

interface Context {
  t: TFunction;
  language: string;
  clientName: string;
  /** True when the client reads their own plan ("u zelf"). */
  own: boolean;
  /** The goals of both versions, to name the goal an agreement or a step belongs to. */
  goals: readonly Pick<GoalContent, 'id' | 'text'>[];
  /** The phases' ids of the older and the newer version, in order: a phase without a name is called by its place. */
  olderPhases: readonly { id: string }[];
  newerPhases: readonly { id: string }[];
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

function text(ctx: Context, value: unknown): string {
  const written = asString(value).trim();
  return written === '' ? ctx.t('plans.compare.empty') : written;
}

function day(ctx: Context, value: unknown): string {
  const written = asString(value);
  return written === '' ? ctx.t('plans.compare.noDate') : formatDay(written, ctx.language);
}

function goalName(ctx: Context, value: unknown): string {
  if (typeof value !== 'string') return ctx.t('plans.compare.noGoal');
  const goal = ctx.goals.find((candidate) => candidate.id === value);
  return goal === undefined ? ctx.t('plans.compare.unknownGoal') : ctx.t('plans.quoted', { text: goal.text });
}

function progress(ctx: Context, value: unknown): string {
  const points = Array.isArray(value) ? (value as GoalContent['progress']) : [];
  const last = points.at(-1);
  if (last === undefined) return ctx.t('plans.compare.noScores');
  return ctx.t('plans.compare.lastScore', { score: last.score, date: formatDay(last.date, ctx.language) });
}

function goalValue(ctx: Context, field: GoalField, value: unknown): string {
  switch (field) {
    case 'horizon':
      return horizonText(ctx.t, value as GoalContent['horizon']);
    case 'dimension':
      return dimensionText(ctx.t, value as GoalContent['dimension']);
    case 'status':
      return goalStatusText(ctx.t, value as GoalContent['status']);
    case 'targetOn':
      return day(ctx, value);
    case 'servesGoalId':
      return goalName(ctx, value);
    case 'progress':
      return progress(ctx, value);
    case 'text':
    case 'measure':
      return text(ctx, value);
  }
}

function agreementValue(ctx: Context, field: AgreementField, value: unknown): string {
  switch (field) {
    case 'assignee':
      return assigneeText(ctx.t, value as AgreementView['assignee'], ctx.clientName, ctx.own);
    case 'dueOn':
      return day(ctx, value);
    case 'goalId':
      return goalName(ctx, value);
    case 'status':
      return agreementStatusText(ctx.t, value as AgreementContent['status']);
    case 'what':
      return text(ctx, value);
  }
}

function membersDo(ctx: Context, value: unknown): string {
  const tasks = (Array.isArray(value) ? (value as MemberAction[]) : []).filter((task) => task.action.trim() !== '');
  if (tasks.length === 0) return ctx.t('plans.compare.empty');
  return tasks.map((task) => ctx.t('plans.compare.memberTask', { name: task.name, action: task.action.trim() })).join('; ');
}

function phaseValue(ctx: Context, field: PhaseField, value: unknown, phase: SignalPhaseContent, index: number): string {
  switch (field) {
    case 'name':
      // No own name: the method's name of the phase, as the signalling plan shows it.
      return typeof value === 'string' && value.trim() !== '' ? value : phaseName(ctx.t, { ...phase, name: null }, index);
    case 'code':
      return phaseName(ctx.t, { code: asString(value) || null, name: null }, index);
    case 'membersDo':
      return membersDo(ctx, value);
    case 'clientNotices':
    case 'othersNotice':
    case 'clientDoes':
    case 'professionalsDo':
      return text(ctx, value);
  }
}

function signalPlanValue(ctx: Context, field: SignalPlanField, value: unknown): string {
  if (field !== 'crisisContacts') return text(ctx, value);
  const contacts = Array.isArray(value) ? (value as CrisisContact[]) : [];
  if (contacts.length === 0) return ctx.t('plans.compare.empty');
  return contacts.map((contact) => ctx.t('plans.compare.contact', { name: contact.name, phone: contact.phone })).join('; ');
}

function fieldLines<Field extends string>(
  changes: readonly FieldChange<Field>[],
  label: (field: Field) => string,
  value: (field: Field, value: unknown) => string,
): FieldLine[] {
  return changes.map((change) => ({
    field: change.field,
    label: label(change.field),
    before: value(change.field, change.before),
    after: value(change.field, change.after),
  }));
}

const goalTitle = (ctx: Context, goal: GoalContent) =>
  ctx.t('plans.compare.goalTitle', { horizon: horizonText(ctx.t, goal.horizon), text: goal.text });
const agreementTitle = (ctx: Context, agreement: AgreementContent) =>
  ctx.t('plans.compare.agreementTitle', {
    what: agreement.what,
    who: assigneeText(ctx.t, agreement.assignee, ctx.clientName, ctx.own),
  });

/** Only the groups that hold something: "Erbij", "Weg", "Veranderd". */
function groups(prefix: string, entries: [key: string, title: string, items: ItemLine[]][]): ChangeGroup[] {
  return entries
    .filter(([, , items]) => items.length > 0)
    .map(([key, title, items]) => ({ key: `${prefix}-${key}`, title, items }));
}

/** The comparison in words, part by part; parts where nothing changed are left out. */
export function comparisonSections(t: TFunction, comparison: PlanComparison, context: Omit<Context, 't'>): ComparisonSection[] {
  const ctx: Context = { ...context, t };
  const goals = comparison.goals;
  const agreements = comparison.agreements;
  const signal = comparison.signalPlan;

  const goalItem = (goal: GoalContent): ItemLine => ({ key: goal.id, title: goalTitle(ctx, goal), fields: [] });
  const agreementItem = (agreement: AgreementContent): ItemLine => ({
    key: agreement.id,
    title: agreementTitle(ctx, agreement),
    fields: [],
  });
  const place = (phase: SignalPhaseContent, version: 'older' | 'newer') =>
    Math.max(
      0,
      (version === 'older' ? ctx.olderPhases : ctx.newerPhases).findIndex((other) => other.id === phase.id),
    );
  const phaseItem = (phase: SignalPhaseContent, version: 'older' | 'newer'): ItemLine => ({
    key: phase.id,
    title: phaseName(t, phase, place(phase, version)),
    fields: [],
  });

  const sections: ComparisonSection[] = [
    {
      key: 'goals',
      title: t('plans.compare.goals'),
      notes: [],
      groups: groups('goals', [
        ['added', t('plans.compare.goalsAdded'), goals.added.map(goalItem)],
        ['removed', t('plans.compare.goalsRemoved'), goals.removed.map(goalItem)],
        [
          'changed',
          t('plans.compare.goalsChanged'),
          goals.changed.map(({ after, fields }) => ({
            ...goalItem(after),
            fields: fieldLines(
              fields,
              (field) => t(`plans.compare.goalFields.${field}`),
              (field, value) => goalValue(ctx, field, value),
            ),
          })),
        ],
      ]),
    },
    {
      key: 'agreements',
      title: t('plans.compare.agreements'),
      notes: [],
      groups: groups('agreements', [
        ['added', t('plans.compare.agreementsAdded'), agreements.added.map(agreementItem)],
        ['removed', t('plans.compare.agreementsRemoved'), agreements.removed.map(agreementItem)],
        [
          'changed',
          t('plans.compare.agreementsChanged'),
          agreements.changed.map(({ after, fields }) => ({
            ...agreementItem(after),
            fields: fieldLines(
              fields,
              (field) => t(`plans.compare.agreementFields.${field}`),
              (field, value) => agreementValue(ctx, field, value),
            ),
          })),
        ],
      ]),
    },
    {
      key: 'signalPlan',
      title: t('plans.compare.signalPlan'),
      notes: [
        ...(signal.started ? [t('plans.compare.signalPlanStarted')] : []),
        ...(signal.reordered ? [t('plans.compare.phasesReordered')] : []),
      ],
      groups: groups('phases', [
        ['added', t('plans.compare.phasesAdded'), signal.phases.added.map((phase) => phaseItem(phase, 'newer'))],
        ['removed', t('plans.compare.phasesRemoved'), signal.phases.removed.map((phase) => phaseItem(phase, 'older'))],
        [
          'changed',
          t('plans.compare.phasesChanged'),
          signal.phases.changed.map(({ after, fields }) => ({
            ...phaseItem(after, 'newer'),
            fields: fieldLines(
              fields,
              (field) => t(`plans.compare.phaseFields.${field}`),
              (field, value) => phaseValue(ctx, field, value, after, place(after, 'newer')),
            ),
          })),
        ],
        [
          'other',
          t('plans.compare.signalPlanOther'),
          signal.fields.length === 0
            ? []
            : [
                {
                  key: 'signal-plan-fields',
                  title: t('plans.compare.signalPlanOtherTitle'),
                  fields: fieldLines(
                    signal.fields,
                    (field) => t(`plans.compare.signalPlanFields.${field}`),
                    (field, value) => signalPlanValue(ctx, field, value),
                  ),
                },
              ],
        ],
      ]),
    },
  ];
  return sections.filter((section) => section.groups.length > 0 || section.notes.length > 0);
}
