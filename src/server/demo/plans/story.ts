import type { AgreementStatus, GoalHorizon, GoalStatus, RecoveryDimension, defaultSignalPhases } from '../../../domain/plan.js';
import type { CrisisContact } from '../../../domain/plan-versions.js';

// A demo plan told as a story: every change to a group's plan, in the order it happened, counted in
// days before the demo was loaded. The stories hold data only; ../demo-plans.ts replays them against
// the method's rules, writes the tables and a version after every change.

/**
 * Who made a change: the client; their coordinator of the day for them (which needs the client to
 * have handed `edit_plan` over, see PlanStory.delegatedDaysAgo); or a member marking their own
 * agreement in "Mijn afspraken", by the person's key in the group story.
 */
export type PlanAuthor = 'client' | 'coordinator' | { member: string };

export interface StoryGoal {
  /** How the story refers to the goal; never stored. */
  key: string;
  horizon: GoalHorizon;
  /** In the client's own words. */
  text: string;
  dimension: RecoveryDimension;
  /** How the client will know they got there. */
  measure: string;
  /** Days before the load day; negative is after it. */
  targetDaysAgo?: number;
  /** Not started unless the story says otherwise. */
  status?: GoalStatus;
  /** The key of the long-term goal a short-term goal is a step towards. */
  serves?: string;
}

/** What a change to a goal sets; null clears a field. */
export interface GoalChange {
  text?: string;
  dimension?: RecoveryDimension;
  measure?: string;
  targetDaysAgo?: number | null;
  status?: GoalStatus;
  serves?: string | null;
}

export interface StoryAgreement {
  key: string;
  what: string;
  /** 'client', or the key of a person of the group story who is an active member that day. */
  who: string;
  /** Days before the load day; negative is after it. */
  dueDaysAgo?: number;
  /** The key of the goal it serves. */
  goal?: string;
}

/** What a change to an agreement sets; null clears a field. */
export interface AgreementChange {
  what?: string;
  who?: string;
  dueDaysAgo?: number | null;
  goal?: string | null;
}

export interface StorySignalPhase {
  key: string;
  /** The method's phase this one started as; null for a phase the client added. */
  code: (typeof defaultSignalPhases)[number] | null;
  /** The client's own name for the phase; without it the method's name shows. */
  name?: string;
  clientNotices: string;
  othersNotice: string;
  clientDoes: string;
  /** By the key of a person of the group story who is an active member that day. */
  membersDo: readonly { member: string; action: string }[];
  professionalsDo: string;
}

export interface StorySignalPlan {
  phases: readonly StorySignalPhase[];
  helps: string;
  doesNotHelp: string;
  crisisContacts: readonly CrisisContact[];
}

/** One change to the plan (each makes a version), or its adoption at a meeting held that day. */
export type PlanEvent = { daysAgo: number; by?: PlanAuthor } & (
  | { kind: 'goal_added'; goal: StoryGoal }
  | { kind: 'goal_changed'; goal: string; set: GoalChange }
  | { kind: 'progress_recorded'; goal: string; score: number; note?: string }
  | { kind: 'agreement_added'; agreement: StoryAgreement }
  | { kind: 'agreement_changed'; agreement: string; set: AgreementChange }
  | { kind: 'agreement_status'; agreement: string; status: AgreementStatus }
  | { kind: 'signal_plan_saved'; signalPlan: StorySignalPlan }
  | { kind: 'adopted' }
);

export interface PlanStory {
  /** The client's email: the plan belongs to their group (groups/*.ts). */
  client: string;
  /** Days ago the client let their coordinator edit the plan for them (the delegable task edit_plan). */
  delegatedDaysAgo?: number;
  /** Oldest first. Without `by`, the client made the change. */
  events: readonly PlanEvent[];
}
