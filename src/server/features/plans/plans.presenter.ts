import { emptyPlanContent, type PlanContent } from '../../../domain/plan-versions.js';
import {
  planChangeSchema,
  versionSchema,
  type Adoption,
  type Agreement,
  type Goal,
  type PlanChange,
  type VersionSummary,
} from '../../../shared/plans.js';
import { agreementContentOf, goalContentOf } from './plan-content.js';
import type { AdoptionRow, VersionRow } from './plan-versions.repository.js';
import type { AgreementRow, GoalRow, PlanClient, PlanGroup, PlanMemberRow, ProgressRow } from './plans.repository.js';

// Rows never leave as they are: these list the fields each answer carries (shared/plans.ts).

export function presentGoal(row: GoalRow, progress: readonly ProgressRow[]): Goal {
  return { ...goalContentOf(row, progress), updatedAt: row.updated_at };
}

export function presentAgreement(row: AgreementRow, mine: boolean): Agreement {
  return { ...agreementContentOf(row), doneAt: row.done_at, updatedAt: row.updated_at, mine };
}

export function presentAdoption(row: AdoptionRow): Adoption {
  return { version: row.version, meetingOn: row.meeting_on, meetingId: row.meeting_id, adoptedAt: row.adopted_at };
}

export function presentMember(row: PlanMemberRow) {
  return { id: row.id, name: row.name, kind: row.kind, role: row.role };
}

/** Client, group, newest version and last adoption: what every view of the plan starts with. */
export function presentHeader(client: PlanClient, group: PlanGroup, version: number, adoptions: readonly AdoptionRow[]) {
  const last = adoptions[0];
  return {
    client: { id: client.id, name: client.name },
    group: { id: group.id, name: group.name },
    version,
    adoption: last ? presentAdoption(last) : null,
  };
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// Written by Regie itself; a row that does not read (it never should) shows as an empty plan rather
// than taking the history down.
const storedChange = (text: string): PlanChange =>
  planChangeSchema.safeParse(parsed(text)).data ?? { kind: 'goal_changed', subjectId: null };
const contentSchema = versionSchema.shape.content;
export const storedContent = (text: string): PlanContent => contentSchema.safeParse(parsed(text)).data ?? emptyPlanContent;

/** The goal's or agreement's text as the version holds it. */
function subjectOf(change: PlanChange, content: PlanContent): string | null {
  if (change.subjectId === null) return null;
  const goal = content.goals.find((candidate) => candidate.id === change.subjectId);
  if (goal) return goal.text;
  return content.agreements.find((candidate) => candidate.id === change.subjectId)?.what ?? null;
}

export function presentVersionSummary(
  row: VersionRow,
  content: PlanContent,
  names: ReadonlyMap<string, string>,
  adoptions: readonly AdoptionRow[],
): VersionSummary {
  const change = storedChange(row.change);
  return {
    number: row.number,
    changedAt: row.changed_at,
    change,
    subject: subjectOf(change, content),
    author: names.get(row.author_account_id) ?? '',
    onBehalfOf: row.on_behalf_of_account_id === null ? null : (names.get(row.on_behalf_of_account_id) ?? ''),
    adoptedOn: adoptions
      .filter((adoption) => adoption.version === row.number)
      .map((adoption) => adoption.meeting_on)
      .sort(),
  };
}
