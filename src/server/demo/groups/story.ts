import type { LeaveReason, MemberKind, MemberStatus, ProfessionalRole } from '../../../domain/membership.js';
import type { Formality, LifeArea, Relation, Ring, Wish } from '../../../domain/network-map.js';
import type { PhaseNumber } from '../../../domain/phases.js';
import type { ConversationSharing, ConversationTheme } from '../../../shared/conversations.js';

// A demo group told as a story: who did what how many days before the demo was loaded. The stories
// hold data only; ../demo-groups.ts checks them against the method's rules and writes them.

/** Who took a step in a story: the client, or one of the demo professionals. */
export type StoryActor = 'client' | 'coordinator' | 'clinician' | 'former_coordinator';

/** The demo professionals the stories name, by their part in them. */
export const storyProfessionals: Readonly<Record<Exclude<StoryActor, 'client'>, string>> = {
  coordinator: 'coordinator@demo.regie.test',
  clinician: 'clinician@demo.regie.test',
  /** Coordinated Daan's group until the warm handover to Esmee. */
  former_coordinator: 'coordinator2@demo.regie.test',
};

/** A person on the client's network map as it is now. */
export interface StoryPerson {
  /** How the story refers to the person; never stored. */
  key: string;
  name: string;
  relation: Relation;
  /** Defaults follow the relation (defaultsForRelation). */
  formality?: Formality;
  lifeArea?: LifeArea;
  ring: Ring;
  wish: Wish;
  email?: string;
  phone?: string;
  notes?: string;
  /** Days ago the person was put on the map; by default the day the map was made. */
  addedDaysAgo?: number;
  /** Days ago the person was taken off the map (the row stays, as in real use). */
  removedDaysAgo?: number;
  /** The demo relative this person is, by email. */
  relative?: string;
  /** The demo professional this person is. */
  professional?: Exclude<StoryActor, 'client'>;
}

/** One status a membership reached: [status, days ago, who]. Without a who, the client
 * nominates and approaches and the coordinator of the day records the rest. */
export type StoryStep = readonly [MemberStatus, number, StoryActor?];

export interface StoryConversation {
  /** Defaults to the day of the step to `conversation_held`. */
  daysAgo?: number;
  themes: ConversationTheme[];
  notes: string;
  sharing: ConversationSharing;
}

export interface StoryMember {
  person: string;
  kind: MemberKind;
  role?: ProfessionalRole;
  /** From the first status (nominated, or active for a professional added directly) to the current one. */
  steps: readonly StoryStep[];
  /** The answer of someone approached who has not had the conversation yet. */
  answer?: 'yes' | 'no';
  leave?: { reason: LeaveReason; note: string | null };
  conversation?: StoryConversation;
}

export interface StorySnapshot {
  daysAgo: number;
  label: string;
  by: StoryActor;
  /** Where people stood then, where that differs from now. */
  then?: Readonly<Record<string, { ring?: Ring; lifeArea?: LifeArea; wish?: Wish }>>;
}

export interface GroupStory {
  client: string;
  groupName: string;
  createdDaysAgo: number;
  mapMadeDaysAgo: number;
  /** Until this day the former coordinator held the group (the warm handover). */
  handoverDaysAgo?: number;
  phaseMoves: readonly { to: PhaseNumber; daysAgo: number; by: StoryActor }[];
  ticks: readonly { item: string; daysAgo: number; by?: StoryActor }[];
  people: readonly StoryPerson[];
  snapshots: readonly StorySnapshot[];
  members: readonly StoryMember[];
}
