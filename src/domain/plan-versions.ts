import type { AgreementStatus, GoalHorizon, GoalStatus, RecoveryDimension } from './plan.js';

/**
 * The plan as one version holds it (PRODUCT.md §5, "every change is kept as a version"): a copy of
 * everything the group works on, with the names of the people in it as they were then, so that an
 * old version reads the same after members leave or goals change.
 */

export interface GoalContent {
  id: string;
  horizon: GoalHorizon;
  text: string;
  dimension: RecoveryDimension;
  /** How the client will know they got there. */
  measure: string;
  /** A date (YYYY-MM-DD). */
  targetOn: string | null;
  status: GoalStatus;
  /** For a short-term goal: the long-term goal it is a step towards. */
  servesGoalId: string | null;
  /** The trend: one score per day, in date order (progressTrend of plan.ts). */
  progress: { date: string; score: number }[];
}

/** Who does an agreement: the client, or a member of the group (by membership, named as then). */
export type Assignee = { kind: 'client' } | { kind: 'member'; memberId: string; name: string };

export interface AgreementContent {
  id: string;
  what: string;
  assignee: Assignee;
  /** A date (YYYY-MM-DD). */
  dueOn: string | null;
  goalId: string | null;
  status: AgreementStatus;
}

/** What one member does in a phase of the signalling plan. */
export interface MemberAction {
  memberId: string;
  /** The member's name as it was when the plan was saved. */
  name: string;
  action: string;
}

export interface SignalPhaseContent {
  /** Stable across versions, so that a renamed phase compares as the same phase. */
  id: string;
  /** One of defaultSignalPhases (plan.ts) for a phase the plan started with, else null. */
  code: string | null;
  /** The plan's own name; null shows the default name of `code` in the reader's language. */
  name: string | null;
  clientNotices: string;
  othersNotice: string;
  clientDoes: string;
  membersDo: MemberAction[];
  professionalsDo: string;
}

export interface CrisisContact {
  name: string;
  phone: string;
  /** When to call, or who they are. */
  note: string;
}

export interface SignalPlanContent {
  phases: SignalPhaseContent[];
  helps: string;
  doesNotHelp: string;
  crisisContacts: CrisisContact[];
}

export interface PlanContent {
  goals: GoalContent[];
  agreements: AgreementContent[];
  /** Null until the signalling plan is started. */
  signalPlan: SignalPlanContent | null;
}

/** The content of a plan nobody has written in yet. */
export const emptyPlanContent: PlanContent = { goals: [], agreements: [], signalPlan: null };

/** A field of a goal, an agreement or a signalling phase whose value differs between two versions. */
export interface FieldChange<Field extends string = string> {
  field: Field;
  before: unknown;
  after: unknown;
}

/** What happened to the items of one list (goals, agreements, phases) between two versions. */
export interface ListComparison<Item, Field extends string> {
  added: Item[];
  removed: Item[];
  changed: { before: Item; after: Item; fields: FieldChange<Field>[] }[];
}

/** What changed from an older version of the plan to a newer one, part by part. */
export interface PlanComparison {
  goals: ListComparison<GoalContent, Exclude<keyof GoalContent, 'id'>>;
  agreements: ListComparison<AgreementContent, Exclude<keyof AgreementContent, 'id'>>;
  signalPlan: {
    /** Started or taken away between the two versions (not possible in the app, but an old version may predate it). */
    started: boolean;
    phases: ListComparison<SignalPhaseContent, Exclude<keyof SignalPhaseContent, 'id'>>;
    /** The phases both versions hold stand in another order (the order runs from stable to crisis). */
    reordered: boolean;
    /** helps, doesNotHelp and crisisContacts. */
    fields: FieldChange<'helps' | 'doesNotHelp' | 'crisisContacts'>[];
  };
  /** True when nothing differs. */
  same: boolean;
}

// ---------------------------------------------------------------------------------------------
// Comparing two versions

/** The fields of each kind of item in the order a comparison lists them: the order a reader meets them. */
const goalFields = ['horizon', 'text', 'dimension', 'measure', 'targetOn', 'status', 'servesGoalId', 'progress'] as const;
const agreementFields = ['what', 'assignee', 'dueOn', 'goalId', 'status'] as const;
const phaseFields = ['code', 'name', 'clientNotices', 'othersNotice', 'clientDoes', 'membersDo', 'professionalsDo'] as const;
const signalPlanFields = ['helps', 'doesNotHelp', 'crisisContacts'] as const;

/** A signalling plan with nothing in it: what a plan that was not started compares as. */
const unstartedSignalPlan: SignalPlanContent = { phases: [], helps: '', doesNotHelp: '', crisisContacts: [] };

/**
 * Whether two values of a version's content are the same by value: arrays element by element in
 * order, objects key by key whatever the key order (JSON read back from a database may order keys
 * differently from the object that was written).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function changedFields<Item, Field extends keyof Item & string>(
  before: Item,
  after: Item,
  fields: readonly Field[],
): FieldChange<Field>[] {
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function compareLists<Item extends { id: string }, Field extends Exclude<keyof Item, 'id'> & string>(
  older: readonly Item[],
  newer: readonly Item[],
  fields: readonly Field[],
): ListComparison<Item, Field> {
  const olderById = new Map(older.map((item) => [item.id, item]));
  const newerIds = new Set(newer.map((item) => item.id));
  const result: ListComparison<Item, Field> = {
    added: newer.filter((item) => !olderById.has(item.id)),
    removed: older.filter((item) => !newerIds.has(item.id)),
    changed: [],
  };
  for (const after of newer) {
    const before = olderById.get(after.id);
    if (!before) continue;
    const changes = changedFields(before, after, fields);
    if (changes.length > 0) result.changed.push({ before, after, fields: changes });
  }
  return result;
}

/** True when the phases both versions hold stand in another order in the newer one. */
function phasesReordered(older: readonly SignalPhaseContent[], newer: readonly SignalPhaseContent[]): boolean {
  const newerIds = new Set(newer.map((phase) => phase.id));
  const olderIds = new Set(older.map((phase) => phase.id));
  const olderOrder = older.filter((phase) => newerIds.has(phase.id)).map((phase) => phase.id);
  const newerOrder = newer.filter((phase) => olderIds.has(phase.id)).map((phase) => phase.id);
  return olderOrder.some((id, index) => id !== newerOrder[index]);
}

/**
 * What changed from `older` to `newer` (which may also be the older of the two: the comparison only
 * reads "before" and "after").
 *
 * - Goals, agreements and signalling phases are matched by id, so that a reworded goal or a renamed
 *   phase is the same item `changed` (field `text`, field `name`) rather than one removed and one
 *   added. Added and removed items keep the order of the version they are in; changed items follow
 *   the newer version's order.
 * - An item is `changed` only when at least one field differs; its fields are listed in a fixed order
 *   (the order of the item's form) and compared by value, lists and objects deeply: a new progress
 *   score, another member in `membersDo`, or the same member under a new name all count.
 * - The order of the signalling plan's phases is part of the plan (they run from stable to crisis),
 *   so phases moved to another place set `signalPlan.reordered`, and make the versions differ, even
 *   when no phase's own fields changed.
 * - A signalling plan that is not started compares as an empty one: starting it sets `started` and
 *   lists its phases as added and its filled-in fields with an empty `before`.
 */
export function comparePlanContents(older: PlanContent, newer: PlanContent): PlanComparison {
  const goals = compareLists(older.goals, newer.goals, goalFields);
  const agreements = compareLists(older.agreements, newer.agreements, agreementFields);
  const olderSignalPlan = older.signalPlan ?? unstartedSignalPlan;
  const newerSignalPlan = newer.signalPlan ?? unstartedSignalPlan;
  const started = (older.signalPlan === null) !== (newer.signalPlan === null);
  const phases = compareLists(olderSignalPlan.phases, newerSignalPlan.phases, phaseFields);
  const reordered = phasesReordered(olderSignalPlan.phases, newerSignalPlan.phases);
  const fields = changedFields(olderSignalPlan, newerSignalPlan, signalPlanFields);
  const unchanged = (list: ListComparison<unknown, string>) =>
    list.added.length === 0 && list.removed.length === 0 && list.changed.length === 0;
  return {
    goals,
    agreements,
    signalPlan: { started, phases, reordered, fields },
    same: unchanged(goals) && unchanged(agreements) && unchanged(phases) && !started && !reordered && fields.length === 0,
  };
}
