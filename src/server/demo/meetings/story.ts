import type { AgendaItemCode, LocationKind, MeetingKind, ResponseAnswer } from '../../../domain/meetings.js';

// A demo group's meetings told as a story: when each was planned and held, counted in days before
// the demo was loaded (negative is ahead). The stories hold data only; ../demo-meetings.ts checks
// them against the method's rules (replay.ts) and writes the tables.

/** Who chairs: the client, the group's coordinator of the day, or a person of the group story by key. */
export type StoryChair = 'client' | 'coordinator' | { member: string };

/** A change the client made to the agenda template: an item added (at a position), or one removed. */
export type StoryAgendaChange = { add: AgendaItemCode | { title: string }; at?: number } | { remove: AgendaItemCode };

/** What the minutes say of one agenda item. */
export interface StoryMinutesItem {
  notes: string;
  decisions?: string;
}

export interface StoryMeeting {
  kind: MeetingKind;
  /** Only, and always, for a theme meeting. */
  theme?: string;
  /** Days before the load day; negative is ahead. */
  daysAgo: number;
  /** Amsterdam clock time, HH:MM. */
  time: string;
  /** One hour unless given. */
  durationMinutes?: number;
  location: LocationKind;
  /** The place for `elsewhere`, the link for `video`. */
  locationDetail?: string;
  chair: StoryChair;
  /**
   * Days before the load day the client put the meeting on the calendar: a start meeting in the
   * first phase (its date is on that phase's checklist), a follow-up mostly at the meeting before.
   */
  plannedDaysAgo: number;
  /**
   * False for a start meeting that has only its date and place so far: agenda, minute-taker and
   * channel are the planning phase's work. True unless given.
   */
  prepared?: boolean;
  /**
   * The minute-taker by the key of a person of the group story, when it is not the one Regie would
   * suggest: an active member who is neither the chair nor the coordinator. Regie's suggestion unless given.
   */
  minuteTaker?: string;
  /** How the group keeps in touch between meetings. */
  channel?: string;
  /** The client's changes to the template of the meeting's kind, in order. */
  agenda?: readonly StoryAgendaChange[];
  /**
   * Replies by the key of a person of the group story. A meeting held: everyone invited answered,
   * `yes` unless given here. A meeting ahead: only these have answered so far.
   */
  answers?: Readonly<Record<string, ResponseAnswer>>;
  /** A meeting held: the minutes of every agenda item, by its code or by the title of the client's own item. */
  minutes?: Readonly<Record<string, StoryMinutesItem>>;
  /**
   * A meeting held: false while the minutes wait for the client's approval. Only members who make
   * the minutes read them then, and nothing in them has reached the plan yet. Approved unless given.
   */
  minutesApproved?: false;
  /** The start meeting: what client and coordinator said afterwards (the group story ticks `start_evaluated`). */
  evaluation?: { howDidItGo: string; whatToKeep: string; whatToChange: string };
}

export interface MeetingStory {
  /** The client's email: the meetings belong to their group (groups/*.ts). */
  client: string;
  /** The group's own interval in months; the method's three unless given. */
  intervalMonths?: number;
  /** Oldest first. */
  meetings: readonly StoryMeeting[];
}
