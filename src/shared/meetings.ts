import { z } from 'zod';
import { intervalMonthsRange, rhythmStates } from '../domain/meeting-rhythm.js';
import {
  agendaItemCodes,
  agendaLimits,
  durationMinutesRange,
  locationKinds,
  meetingKinds,
  responseAnswers,
  startEvaluationAnswerMaxLength,
} from '../domain/meetings.js';
import { agreementStatuses, progressScoreRange } from '../domain/plan.js';
import { idSchema, multilineTextSchema, nameSchema } from './fields.js';
import { assigneeSchema } from './plans.js';

// Meetings of the resource group (PRODUCT.md §6): planning, the agenda, invitations and replies,
// minutes with the scores and agreements the client approves into the plan, the evaluation after
// the start meeting, and the group's rhythm. The rules are the domain's (src/domain/meetings.ts,
// src/domain/meeting-rhythm.ts).

const isoDate = z.iso.date({ message: 'must be a date like 2027-03-31' });
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'must be a time like 14:30' });

export type { MeetingKind } from '../domain/meetings.js';

export const meetingKindSchema = z.enum(meetingKinds, { message: `must be one of: ${meetingKinds.join(', ')}` });
export const locationKindSchema = z.enum(locationKinds, { message: `must be one of: ${locationKinds.join(', ')}` });
export const responseAnswerSchema = z.enum(responseAnswers, { message: "must be 'yes', 'no' or 'maybe'" });
export const rhythmStateSchema = z.enum(rhythmStates);
const agreementStatusSchema = z.enum(agreementStatuses, { message: `must be one of: ${agreementStatuses.join(', ')}` });

const scoreMessage = `must be a whole number from ${progressScoreRange.min} to ${progressScoreRange.max}`;
const scoreSchema = z
  .number({ message: scoreMessage })
  .int({ message: scoreMessage })
  .min(progressScoreRange.min, { message: scoreMessage })
  .max(progressScoreRange.max, { message: scoreMessage });

// ---------------------------------------------------------------------------------------------
// Requests

export const meetingsParamsSchema = z.strictObject({ clientId: idSchema });
export const meetingParamsSchema = z.strictObject({ clientId: idSchema, meetingId: idSchema });

/** For the planning form: what Regie proposes for a new meeting of this kind. */
export const meetingDraftQuerySchema = z.strictObject({ kind: meetingKindSchema.default('follow_up') });

/** An agenda item as the client sends it: a standard one by code, or one of their own with a title. */
export const agendaItemBodySchema = z.discriminatedUnion(
  'code',
  [
    z.strictObject({
      /** Keep the id of an item already on the agenda, so its minutes stay with it. */
      id: idSchema.optional(),
      code: z.literal('custom'),
      title: nameSchema.max(agendaLimits.titleMaxLength, {
        message: `must be at most ${agendaLimits.titleMaxLength} characters`,
      }),
    }),
    ...agendaItemCodes.map((code) => z.strictObject({ id: idSchema.optional(), code: z.literal(code) })),
  ],
  { message: `must be an agenda item: one of ${agendaItemCodes.join(', ')}, or custom with a title` },
);
export type AgendaItemBody = z.infer<typeof agendaItemBodySchema>;

/**
 * A meeting as its planner sends it, whole. `chairMemberId` null: the client chairs. The location's
 * detail is required for `elsewhere` (the place) and `video` (the link), and left out otherwise; a
 * theme is required for a theme meeting. The server checks these with the domain's rules (422).
 */
export const meetingBodySchema = z.strictObject({
  kind: meetingKindSchema,
  theme: nameSchema.nullable().optional(),
  date: isoDate,
  time: clockTime,
  durationMinutes: z
    .number({ message: `must be a number of minutes from ${durationMinutesRange.min} to ${durationMinutesRange.max}` })
    .int({ message: `must be a number of minutes from ${durationMinutesRange.min} to ${durationMinutesRange.max}` })
    .min(durationMinutesRange.min, { message: `must be at least ${durationMinutesRange.min} minutes` })
    .max(durationMinutesRange.max, { message: `must be at most ${durationMinutesRange.max} minutes` }),
  locationKind: locationKindSchema,
  locationDetail: multilineTextSchema(300).nullable().optional(),
  chairMemberId: idSchema.nullable(),
  minuteTakerMemberId: idSchema.nullable(),
  /** How the group keeps in touch between meetings (a group chat, a phone call round, mail). */
  channel: multilineTextSchema(300).nullable().optional(),
  agenda: z
    .array(agendaItemBodySchema, { message: 'must be a list' })
    .max(agendaLimits.maxItems, { message: `must have at most ${agendaLimits.maxItems} items` }),
});
export type MeetingBody = z.infer<typeof meetingBodySchema>;

/**
 * A reply. Without `memberId`, the caller answers for themself. With it, whoever plans the client's
 * meetings writes down the answer of an invitee who cannot answer in Regie themselves (see
 * `answersInRegie`) and told them by phone, by mail or in person.
 */
export const replyBodySchema = z.strictObject({ answer: responseAnswerSchema, memberId: idSchema.optional() });
export type ReplyBody = z.infer<typeof replyBodySchema>;

export const rhythmBodySchema = z.strictObject({
  intervalMonths: z
    .number({ message: `must be a whole number of months from ${intervalMonthsRange.min} to ${intervalMonthsRange.max}` })
    .int({ message: `must be a whole number of months from ${intervalMonthsRange.min} to ${intervalMonthsRange.max}` })
    .min(intervalMonthsRange.min, { message: `must be at least ${intervalMonthsRange.min} month` })
    .max(intervalMonthsRange.max, { message: `must be at most ${intervalMonthsRange.max} months` }),
});
export type RhythmBody = z.infer<typeof rhythmBodySchema>;

const minutesTextSchema = multilineTextSchema(4000);

/** An agreement made at the meeting (no `agreementId`) or a change to one of the plan's. */
export const minutesAgreementBodySchema = z.strictObject({
  agreementId: idSchema.nullable(),
  what: multilineTextSchema(500).pipe(z.string().min(1, { message: 'must not be empty' })),
  /** Null: the client does it. */
  memberId: idSchema.nullable(),
  dueOn: isoDate.nullable(),
  goalId: idSchema.nullable(),
  status: agreementStatusSchema,
});
export type MinutesAgreementBody = z.infer<typeof minutesAgreementBodySchema>;

/** The whole draft minutes at once, as the minutes form saves them. */
export const minutesBodySchema = z.strictObject({
  items: z
    .array(z.strictObject({ id: idSchema, notes: minutesTextSchema, decisions: minutesTextSchema }), {
      message: 'must be a list',
    })
    .max(agendaLimits.maxItems, { message: `must have at most ${agendaLimits.maxItems} items` }),
  scores: z
    .array(z.strictObject({ goalId: idSchema, score: scoreSchema, note: multilineTextSchema(500).nullable() }), {
      message: 'must be a list',
    })
    .max(20, { message: 'must have at most 20 scores' }),
  agreements: z
    .array(minutesAgreementBodySchema, { message: 'must be a list' })
    .max(30, { message: 'must have at most 30 agreements' }),
});
export type MinutesBody = z.infer<typeof minutesBodySchema>;

const evaluationAnswer = multilineTextSchema(startEvaluationAnswerMaxLength).pipe(
  z.string().min(1, { message: 'must not be empty; write "nothing" when there is nothing' }),
);
export const startEvaluationBodySchema = z.strictObject({
  howDidItGo: evaluationAnswer,
  whatToKeep: evaluationAnswer,
  whatToChange: evaluationAnswer,
});
export type StartEvaluationBody = z.infer<typeof startEvaluationBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

/** A member of the group as meeting forms offer them (chair, minute-taker, who does an agreement). */
export const meetingMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  role: z.string().nullable(),
});
export type MeetingMember = z.infer<typeof meetingMemberSchema>;

export const agendaItemSchema = z.object({
  id: z.string(),
  code: z.union([z.enum(agendaItemCodes), z.literal('custom')]),
  /** The client's own title; null for a standard item (the web app words it). */
  title: z.string().nullable(),
});
export type AgendaItemView = z.infer<typeof agendaItemSchema>;

export const replyCountsSchema = z.object({ yes: z.number(), no: z.number(), maybe: z.number(), none: z.number() });

export const inviteeSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  answer: responseAnswerSchema.nullable(),
  answeredAt: z.string().nullable(),
  /**
   * True when they open and answer the meeting in Regie themselves; false for someone Regie reaches
   * by mail only (known from the network map, a relative without an account, a professional of
   * another team), whose answer whoever plans the meetings writes down for them.
   */
  answersInRegie: z.boolean(),
});

export const rhythmSchema = z.object({
  state: rhythmStateSchema,
  /** The day the next meeting is due (three months, or the group's interval, after the last). */
  dueDate: z.string().nullable(),
  intervalMonths: z.number(),
  /** The day of the last meeting held that keeps the rhythm. */
  lastHeld: z.string().nullable(),
  /** The next planned meeting, any kind. */
  next: z.object({ id: z.string(), kind: meetingKindSchema, date: z.string(), time: z.string() }).nullable(),
});
export type Rhythm = z.infer<typeof rhythmSchema>;

/** A meeting in a list: enough for a line of its own. */
export const meetingSummarySchema = z.object({
  id: z.string(),
  kind: meetingKindSchema,
  theme: z.string().nullable(),
  date: z.string(),
  time: z.string(),
  durationMinutes: z.number(),
  locationKind: locationKindSchema,
  status: z.enum(['planned', 'cancelled']),
  /** True once the start time has passed (and it was not cancelled). */
  held: z.boolean(),
  minutesStatus: z.enum(['draft', 'approved']),
  /** The caller's own reply when they were invited; null otherwise or before they replied. */
  myAnswer: responseAnswerSchema.nullable(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingListSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  group: z.object({ id: z.string(), name: z.string(), phase: z.number() }),
  rhythm: rhythmSchema,
  /** Newest first. */
  meetings: z.array(meetingSummarySchema),
  abilities: z.object({
    /** Plan, change and cancel meetings, and set the interval (the client, or their coordinator for them). */
    plan: z.boolean(),
  }),
});
export type MeetingList = z.infer<typeof meetingListSchema>;

/** What Regie proposes for a new meeting: the template agenda, a chair, a minute-taker. */
export const meetingDraftSchema = z.object({
  kind: meetingKindSchema,
  agenda: z.array(z.object({ code: z.enum(agendaItemCodes) })),
  chairMemberId: z.string().nullable(),
  minuteTakerMemberId: z.string().nullable(),
  /** The channel the group agreed last time, to keep. */
  channel: z.string().nullable(),
  durationMinutes: z.number(),
  /** Active members, for chair and minute-taker. */
  members: z.array(meetingMemberSchema),
});
export type MeetingDraft = z.infer<typeof meetingDraftSchema>;

export const startEvaluationSchema = z.object({
  howDidItGo: z.string(),
  whatToKeep: z.string(),
  whatToChange: z.string(),
  recordedAt: z.string(),
});
export type StartEvaluation = z.infer<typeof startEvaluationSchema>;

export const meetingSchema = meetingSummarySchema.extend({
  client: z.object({ id: z.string(), name: z.string() }),
  group: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.string(),
  locationDetail: z.string().nullable(),
  chair: assigneeSchema,
  minuteTaker: z.object({ memberId: z.string(), name: z.string() }).nullable(),
  channel: z.string().nullable(),
  agenda: z.array(agendaItemSchema),
  replyCounts: replyCountsSchema,
  /** Every invitee's reply, for the client, their coordinator and whoever plans for the client; empty for others. */
  invitees: z.array(inviteeSchema),
  /** Active members, for the planning form; empty for who may not plan. */
  members: z.array(meetingMemberSchema),
  /** The start meeting's evaluation, for client and coordinator once it is recorded. */
  startEvaluation: startEvaluationSchema.nullable(),
  abilities: z.object({
    /** Change or cancel it (before it starts). */
    edit: z.boolean(),
    /** The caller was invited and may reply. */
    reply: z.boolean(),
    /** See the replies of everyone. */
    seeReplies: z.boolean(),
    /** Read the minutes (the draft for its makers; approved minutes for everyone who sees meetings). */
    readMinutes: z.boolean(),
    /** Record the evaluation after the start meeting (client and coordinator, once it was held). */
    evaluate: z.boolean(),
  }),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const minutesItemSchema = agendaItemSchema.extend({
  notes: z.string(),
  decisions: z.string(),
});

/** A goal of the plan as the minutes show it: with its last score before the meeting. */
export const minutesGoalSchema = z.object({
  id: z.string(),
  horizon: z.enum(['long', 'short']),
  text: z.string(),
  lastScore: z.object({ date: z.string(), score: z.number() }).nullable(),
});

export const minutesAgreementSchema = z.object({
  id: z.string(),
  agreementId: z.string().nullable(),
  what: z.string(),
  assignee: assigneeSchema,
  dueOn: z.string().nullable(),
  goalId: z.string().nullable(),
  status: agreementStatusSchema,
});

export const minutesSchema = z.object({
  meeting: meetingSummarySchema.extend({
    client: z.object({ id: z.string(), name: z.string() }),
    chair: assigneeSchema,
    minuteTaker: z.object({ memberId: z.string(), name: z.string() }).nullable(),
  }),
  status: z.enum(['draft', 'approved']),
  approvedAt: z.string().nullable(),
  items: z.array(minutesItemSchema),
  scores: z.array(z.object({ goalId: z.string(), score: z.number(), note: z.string().nullable() })),
  agreements: z.array(minutesAgreementSchema),
  /** The plan's open goals (the scores are given to these); empty when the plan is not shared with the caller. */
  goals: z.array(minutesGoalSchema),
  /** The plan's open agreements, to change at the meeting; same rule. */
  planAgreements: z.array(minutesAgreementSchema),
  /** Active members, for who does an agreement. */
  members: z.array(meetingMemberSchema),
  abilities: z.object({
    /** Write the draft (client, chair, minute-taker, coordinator). */
    write: z.boolean(),
    /** Approve it: the scores and agreements then go into the plan, and members can read it. */
    approve: z.boolean(),
  }),
});
export type Minutes = z.infer<typeof minutesSchema>;

/** A meeting the signed-in person is invited to, for their home page. */
export const myMeetingSchema = z.object({
  id: z.string(),
  client: z.object({ id: z.string(), name: z.string() }),
  groupName: z.string(),
  kind: meetingKindSchema,
  date: z.string(),
  time: z.string(),
  locationKind: locationKindSchema,
  myAnswer: responseAnswerSchema.nullable(),
});
export const myMeetingsSchema = z.object({ meetings: z.array(myMeetingSchema) });
export type MyMeetings = z.infer<typeof myMeetingsSchema>;
export type MyMeeting = z.infer<typeof myMeetingSchema>;

/** For the coordinator: their clients' groups whose next meeting is overdue or due soon. */
export const meetingAttentionSchema = z.object({
  groups: z.array(
    z.object({
      client: z.object({ id: z.string(), name: z.string() }),
      groupName: z.string(),
      state: z.enum(['overdue', 'due_soon']),
      dueDate: z.string(),
    }),
  ),
});
export type MeetingAttention = z.infer<typeof meetingAttentionSchema>;
