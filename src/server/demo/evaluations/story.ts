import type { EvaluationTheme, QualityDecision } from '../../../domain/evaluations.js';

// A demo group's evaluation rounds told as a story, like its meetings: when each round was opened,
// who answered when and how, counted in days before the demo was loaded. The stories hold data only;
// ../demo-evaluations.ts checks them against the rules of a round (who is asked, who may open it,
// when it closes) and scores the answers on Regie's own instruments, as answering would have.

/** Who opened a round: the client, or the group's coordinator of the day. */
export type StoryOpener = 'client' | 'coordinator';

/** One person asked in a round: the client, or a person of the group story by key. */
export interface StoryResponse {
  who: string;
  /** Days before the load day they answered; without it, they did not answer before the round closed. */
  answeredDaysAgo?: number;
  /**
   * How they answered each theme: the mean they lean to on the agreement scale (1 to 5), which the
   * loader spreads over the theme's questions (whole answers, reverse-worded ones the other way round).
   */
  themes?: Readonly<Record<EvaluationTheme, number>>;
  /** Questions they answered 'Weet ik niet' (by linkId): no score, as the instrument counts it. */
  dontKnow?: readonly string[];
  /** Their answer to the open question. */
  remark?: string;
  /** Agreed to show their type's results should they turn out to be its only respondent who answered. */
  showWhenAlone?: boolean;
  /** Their remark carries their name. */
  signed?: boolean;
}

export interface StoryRound {
  openedDaysAgo: number;
  openedBy: StoryOpener;
  /** The last day to answer, in days before the load day. */
  closesDaysAgo: number;
  /** The meeting the results are for, by its day (days before the load day). */
  meetingDaysAgo?: number;
  /**
   * Everyone the round asked: the client (if they have an account)
   * and every active member with an account on the day it opened. The round closed with the last
   * answer when all answered, else when its last day passed.
   */
  responses: readonly StoryResponse[];
}

export interface EvaluationStory {
  /** The client's email: the rounds belong to their group (groups/*.ts). */
  client: string;
  /** Oldest first. */
  rounds: readonly StoryRound[];
}

/** An improvement action of a team's quality cycle (PDCA), by stage as far as it got. */
export interface StoryQualityAction {
  /** The team by name. */
  team: string;
  /** A theme of the evaluation, or null when the action is about something else. */
  theme: EvaluationTheme | null;
  createdDaysAgo: number;
  /** The demo professional who wrote it, by email; and who changed it last. */
  createdBy: string;
  what: string;
  why: string;
  /** Do: who carries it out (a professional of the team, by email) and by when. */
  owner?: string;
  dueDaysAgo?: number;
  /** Check: what the next rounds showed. */
  check?: { daysAgo: number; result: string };
  /** Act: what the team decided, on the day of the check. */
  decision?: { decision: QualityDecision; note?: string };
}
