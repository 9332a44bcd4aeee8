import type { MemberStatus, ProfessionalRole } from './membership.js';

/**
 * The six phases of the resource group method (PRODUCT.md §2) and the checklist of each. The
 * checklists are the method's advice, not gates: client and coordinator move on when they judge the
 * group ready, and Regie only shows what is still open and suggests the next step.
 */
export const phaseCodes = ['preparation', 'deepening', 'planning', 'start_meeting', 'follow_up', 'reorientation'] as const;
export type PhaseCode = (typeof phaseCodes)[number];

/** A phase by its number, 1 to 6, as it is stored and shown. */
export type PhaseNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** The last phase; a group in it stays there while it continues or winds down. */
export const lastPhase: PhaseNumber = 6;

/** True when `value` is a phase number (stored values are checked before they are trusted). */
export function isPhaseNumber(value: number): value is PhaseNumber {
  return Number.isInteger(value) && value >= 1 && value <= lastPhase;
}

const codeOf: Readonly<Record<PhaseNumber, PhaseCode>> = {
  1: 'preparation',
  2: 'deepening',
  3: 'planning',
  4: 'start_meeting',
  5: 'follow_up',
  6: 'reorientation',
};

/** The six phases in the method's order, each with its number and code name. */
export const phases: readonly { number: PhaseNumber; code: PhaseCode }[] = ([1, 2, 3, 4, 5, 6] as const).map((number) => ({
  number,
  code: codeOf[number],
}));

/** The code name of phase `phase`. */
export function phaseCode(phase: PhaseNumber): PhaseCode {
  return codeOf[phase];
}

/**
 * How many recovery goals a plan holds at most per horizon, unless an organisation sets its own: the
 * method keeps the plan small enough to talk through in one meeting.
 */
export interface GoalLimits {
  long: number;
  short: number;
}

/** The method's own goal limits: at most 2 long-term and 3 short-term goals. */
export const defaultGoalLimits: Readonly<GoalLimits> = { long: 2, short: 3 };

/** The kinds of meeting: the one start meeting, follow-ups about every three months, and theme meetings. */
export type MeetingKind = 'start' | 'follow_up' | 'theme';

/** What the checklists need to know of one meeting. */
export interface MeetingFacts {
  kind: MeetingKind;
  /** Planned date (ISO), or null while it has none. */
  date: string | null;
  held: boolean;
  agendaMade: boolean;
  chairChosen: boolean;
  minuteTakerChosen: boolean;
  locationChosen: boolean;
  channelChosen: boolean;
}

/** What the checklists need to know of one membership. */
export interface MemberFacts {
  status: MemberStatus;
  role: ProfessionalRole | null;
  conversationHeld: boolean;
}

/**
 * What Regie can count about a group, gathered by the features that own the data. Automatic checklist
 * items are decided from this alone, so the same facts always give the same checklist.
 */
export interface GroupFacts {
  /** People on the client's network map. */
  networkMapPeople: number;
  /** Every membership, ended ones included. */
  members: readonly MemberFacts[];
  /** Goals that take a place in the plan (not reached, not stopped), per horizon. */
  goals: { long: number; short: number };
  /** Goals reached: written once and kept in view, but no longer taking a place. None when left out. */
  reachedGoals?: { long: number; short: number };
  /** The organisation's limits; the method's defaults when it set none. */
  goalLimits?: GoalLimits;
  signalPlanStarted: boolean;
  /** Working agreements recorded in the plan. */
  agreements: number;
  /** The plan was marked as agreed at a meeting. */
  planAgreed: boolean;
  /** Meetings planned or held, cancelled ones left out. */
  meetings: readonly MeetingFacts[];
}

type ItemDefinition = { id: string; mode: 'automatic'; isDone: (facts: GroupFacts) => boolean } | { id: string; mode: 'manual' };

const automatic = (id: string, isDone: (facts: GroupFacts) => boolean): ItemDefinition => ({ id, mode: 'automatic', isDone });
const manual = (id: string): ItemDefinition => ({ id, mode: 'manual' });

const startMeeting = (facts: GroupFacts): MeetingFacts | undefined => facts.meetings.find((meeting) => meeting.kind === 'start');
const onStartMeeting =
  (choice: (meeting: MeetingFacts) => boolean) =>
  (facts: GroupFacts): boolean => {
    const meeting = startMeeting(facts);
    return meeting !== undefined && choice(meeting);
  };

const goalsDrafted = (facts: GroupFacts): boolean => {
  const limits = facts.goalLimits ?? defaultGoalLimits;
  const { long, short } = facts.goals;
  const reached = facts.reachedGoals ?? { long: 0, short: 0 };
  // The sources speak of one long-term goal and a few short-term steps towards it: both are needed.
  // A reached goal was written too, so a group whose goals all came true keeps this item done.
  return long + reached.long >= 1 && short + reached.short >= 1 && long <= limits.long && short <= limits.short;
};

// Memberships the deepening is about: people who were asked and have not said no or left. The
// coordinator holds the conversations and so is not one of them.
const needsConversation = (member: MemberFacts): boolean =>
  member.role !== 'coordinator' &&
  (member.status === 'approached' || member.status === 'conversation_held' || member.status === 'active');

const phaseItems: Readonly<Record<PhaseNumber, readonly ItemDefinition[]>> = {
  1: [
    // Regie cannot see a conversation in the consulting room.
    manual('method_explained'),
    automatic('network_map_made', (facts) => facts.networkMapPeople > 0),
    automatic('members_nominated', (facts) => facts.members.length > 0),
    automatic('goals_drafted', goalsDrafted),
    // Drafting goals starts the plan; the signalling plan is the part that is easily left for later.
    automatic('signal_plan_started', (facts) => facts.signalPlanStarted),
    automatic(
      'first_meeting_dated',
      onStartMeeting((meeting) => meeting.date !== null),
    ),
  ],
  2: [
    automatic(
      'members_approached',
      (facts) => facts.members.length > 0 && facts.members.every((member) => member.status !== 'nominated'),
    ),
    automatic('conversation_with_every_member', (facts) => {
      const members = facts.members.filter(needsConversation);
      return members.length > 0 && members.every((member) => member.conversationHeld);
    }),
  ],
  3: [
    automatic(
      'agenda_made',
      onStartMeeting((meeting) => meeting.agendaMade),
    ),
    automatic(
      'chair_chosen',
      onStartMeeting((meeting) => meeting.chairChosen),
    ),
    automatic(
      'minute_taker_chosen',
      onStartMeeting((meeting) => meeting.minuteTakerChosen),
    ),
    automatic(
      'location_chosen',
      onStartMeeting((meeting) => meeting.locationChosen),
    ),
    automatic(
      'channel_chosen',
      onStartMeeting((meeting) => meeting.channelChosen),
    ),
    // Whether the plan is finished is the client's judgement, not a count of its fields.
    manual('plan_finished'),
    automatic('agreements_recorded', (facts) => facts.agreements > 0),
  ],
  4: [
    automatic(
      'start_meeting_held',
      onStartMeeting((meeting) => meeting.held),
    ),
    // What was said at the meeting is known to those who were there.
    manual('working_method_discussed'),
    manual('confidentiality_discussed'),
    manual('roles_discussed'),
    automatic('goals_agreed', (facts) => facts.planAgreed),
    manual('start_evaluated'),
  ],
  5: [
    automatic('follow_up_held', (facts) => facts.meetings.some((meeting) => meeting.kind === 'follow_up' && meeting.held)),
    manual('goals_reviewed'),
    manual('signal_plan_reviewed'),
    manual('composition_reviewed'),
    // The group keeps its rhythm only when the next meeting is always on the calendar.
    automatic('next_meeting_dated', (facts) => facts.meetings.some((meeting) => !meeting.held && meeting.date !== null)),
    // The method's signal for reorientation; until then a group stays here, meeting after meeting.
    manual('goals_largely_met'),
  ],
  6: [manual('form_reconsidered'), manual('scaling_down_discussed'), manual('handover_arranged')],
};

/** One line of a phase's checklist. */
export interface ChecklistItem {
  id: string;
  mode: 'automatic' | 'manual';
  done: boolean;
}

/** The ids of every item of `phase`, in the order the method takes them. */
export function checklistItemIds(phase: PhaseNumber): string[] {
  return phaseItems[phase].map((item) => item.id);
}

/**
 * The checklist of `phase` for a group. Automatic items follow the facts and cannot be ticked by
 * hand (a tick would hide that the thing itself is missing); manual items are done when their id is
 * in `manualTicks`.
 */
export function checklist(phase: PhaseNumber, facts: GroupFacts, manualTicks: ReadonlySet<string>): ChecklistItem[] {
  return phaseItems[phase].map((item) => ({
    id: item.id,
    mode: item.mode,
    done: item.mode === 'automatic' ? item.isDone(facts) : manualTicks.has(item.id),
  }));
}

/** True when every item of `phase` is done. */
export function isPhaseComplete(phase: PhaseNumber, facts: GroupFacts, manualTicks: ReadonlySet<string>): boolean {
  return checklist(phase, facts, manualTicks).every((item) => item.done);
}

/** What Regie suggests doing next. */
export type NextStep =
  { kind: 'do_item'; phase: PhaseNumber; item: ChecklistItem } | { kind: 'move_to_phase'; phase: PhaseNumber } | { kind: 'none' };

/**
 * The next step for a group in `currentPhase`: the first open item of that phase, or, once the phase
 * is complete, moving on to the next. A group that has finished reorientation gets no suggestion: it
 * goes on meeting in its new form or winds down, and either is the group's own choice.
 */
export function nextSuggestedStep(currentPhase: PhaseNumber, facts: GroupFacts, manualTicks: ReadonlySet<string>): NextStep {
  const open = checklist(currentPhase, facts, manualTicks).find((item) => !item.done);
  if (open !== undefined) return { kind: 'do_item', phase: currentPhase, item: open };
  const next = currentPhase + 1;
  return isPhaseNumber(next) ? { kind: 'move_to_phase', phase: next } : { kind: 'none' };
}

/** Why a phase move was refused. */
export type PhaseMoveRefusal = 'same_phase' | 'skips_phase';

/** The answer to "may the group move from one phase to another". */
export type PhaseMoveCheck = { ok: true } | { ok: false; reason: PhaseMoveRefusal };

/**
 * Whether a group may move from phase `from` to phase `to`. Forward goes one phase at a time, so that
 * no phase's work is skipped unseen; back to any earlier phase is always allowed, since a group may
 * need to prepare or deepen again (a new member, a change in the client's life). An open checklist
 * does not stop a move: the checklist advises, client and coordinator decide.
 */
export function canMovePhase(from: PhaseNumber, to: PhaseNumber): PhaseMoveCheck {
  if (to === from) return { ok: false, reason: 'same_phase' };
  if (to > from + 1) return { ok: false, reason: 'skips_phase' };
  return { ok: true };
}
