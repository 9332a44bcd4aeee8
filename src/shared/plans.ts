import { z } from 'zod';
import {
  agreementStatuses,
  goalHorizons,
  goalStatuses,
  progressScoreRange,
  recoveryDimensions,
  signalPhaseCount,
} from '../domain/plan.js';
import { idSchema, multilineTextSchema, nameSchema } from './fields.js';

// The resource group plan (PRODUCT.md §5): goals, working agreements, the signalling plan, its
// versions and its adoption at a meeting. The rules are the domain's (src/domain/plan.ts); the
// content of a version is src/domain/plan-versions.ts.

const isoDate = z.iso.date({ message: 'must be a date like 2026-03-31' });
const nullableDate = isoDate.nullable();

export const goalHorizonSchema = z.enum(goalHorizons, { message: "must be 'long' or 'short'" });
export const recoveryDimensionSchema = z.enum(recoveryDimensions, {
  message: `must be one of: ${recoveryDimensions.join(', ')}`,
});
export const goalStatusSchema = z.enum(goalStatuses, { message: `must be one of: ${goalStatuses.join(', ')}` });
export const agreementStatusSchema = z.enum(agreementStatuses, {
  message: `must be one of: ${agreementStatuses.join(', ')}`,
});

/** A goal in the client's words: a sentence or two, never empty. */
const goalTextSchema = multilineTextSchema(500).pipe(z.string().min(1, { message: 'must not be empty' }));
/** Free text of the signalling plan: a few lines per box, empty allowed. */
const signalTextSchema = multilineTextSchema(1000);

// ---------------------------------------------------------------------------------------------
// Requests

export const planParamsSchema = z.strictObject({ clientId: idSchema });
export const goalParamsSchema = z.strictObject({ clientId: idSchema, goalId: idSchema });
export const agreementParamsSchema = z.strictObject({ clientId: idSchema, agreementId: idSchema });
export const versionParamsSchema = z.strictObject({
  clientId: idSchema,
  version: z.coerce
    .number({ message: 'must be a version number' })
    .int({ message: 'must be a version number' })
    .min(1, { message: 'must be a version number' })
    .max(1_000_000, { message: 'must be a version number' }),
});
export const myAgreementParamsSchema = z.strictObject({ agreementId: idSchema });

/**
 * A goal as the client writes it, whole: what is left out is cleared. `status` defaults to
 * not_started for a new goal; `servesGoalId` only for a short-term goal.
 */
export const goalBodySchema = z.strictObject({
  horizon: goalHorizonSchema,
  text: goalTextSchema,
  dimension: recoveryDimensionSchema,
  measure: multilineTextSchema(500),
  targetOn: nullableDate.optional(),
  status: goalStatusSchema.optional(),
  servesGoalId: idSchema.nullable().optional(),
});
export type GoalBody = z.infer<typeof goalBodySchema>;

export const progressBodySchema = z.strictObject({
  date: isoDate,
  score: z
    .number({ message: `must be a whole number from ${progressScoreRange.min} to ${progressScoreRange.max}` })
    .int({ message: `must be a whole number from ${progressScoreRange.min} to ${progressScoreRange.max}` })
    .min(progressScoreRange.min, {
      message: `must be a whole number from ${progressScoreRange.min} to ${progressScoreRange.max}`,
    })
    .max(progressScoreRange.max, {
      message: `must be a whole number from ${progressScoreRange.min} to ${progressScoreRange.max}`,
    }),
  note: multilineTextSchema(500).optional(),
});
export type ProgressBody = z.infer<typeof progressBodySchema>;

/** Who does an agreement: the client (`memberId` null) or an active member of the group. */
export const agreementBodySchema = z.strictObject({
  what: goalTextSchema,
  memberId: idSchema.nullable(),
  dueOn: nullableDate.optional(),
  goalId: idSchema.nullable().optional(),
  status: agreementStatusSchema.optional(),
});
export type AgreementBody = z.infer<typeof agreementBodySchema>;

/** The person who does an agreement marks it done, or open again. */
export const agreementStatusBodySchema = z.strictObject({
  status: z.enum(['open', 'done'], { message: "must be 'open' or 'done'" }),
});
export type AgreementStatusBody = z.infer<typeof agreementStatusBodySchema>;

export const signalPhaseBodySchema = z.strictObject({
  /** Keep the id of an existing phase; a new phase has none and gets one. */
  id: idSchema.optional(),
  code: z
    .string()
    .regex(/^[a-z_]{1,40}$/, { message: 'must be a phase code' })
    .nullable(),
  name: nameSchema.nullable(),
  clientNotices: signalTextSchema,
  othersNotice: signalTextSchema,
  clientDoes: signalTextSchema,
  membersDo: z
    .array(z.strictObject({ memberId: idSchema, action: signalTextSchema }), { message: 'must be a list' })
    .max(20, { message: 'must name at most 20 members' }),
  professionalsDo: signalTextSchema,
});

export const crisisContactSchema = z.strictObject({
  name: nameSchema,
  phone: z
    .string()
    .trim()
    .min(3, { message: 'must be a phone number' })
    .max(40, { message: 'must be at most 40 characters' })
    .regex(/^\+?[0-9 ()-]+$/, { message: 'must be a phone number, like 020 123 4567' }),
  note: multilineTextSchema(200),
});

/** The whole signalling plan at once, as its form saves it. */
export const signalPlanBodySchema = z.strictObject({
  phases: z
    .array(signalPhaseBodySchema, { message: 'must be a list' })
    .min(signalPhaseCount.min, { message: `must have at least ${signalPhaseCount.min} phases: stable and crisis` })
    .max(signalPhaseCount.max, { message: `must have at most ${signalPhaseCount.max} phases` }),
  helps: signalTextSchema,
  doesNotHelp: signalTextSchema,
  crisisContacts: z.array(crisisContactSchema, { message: 'must be a list' }).max(10, { message: 'must be at most 10 contacts' }),
});
export type SignalPlanBody = z.infer<typeof signalPlanBodySchema>;

/**
 * Marking the plan as it is now agreed at a meeting on `meetingOn`. `meetingId` names that meeting
 * (one of the group's, held, on that very day); without it Regie links the day's only held meeting.
 */
export const adoptionBodySchema = z.strictObject({ meetingOn: isoDate, meetingId: idSchema.optional() });
export type AdoptionBody = z.infer<typeof adoptionBodySchema>;

export const planPdfQuerySchema = z.strictObject({
  part: z.enum(['plan', 'signal_plan'], { message: "must be 'plan' or 'signal_plan'" }).default('plan'),
  lang: z.enum(['nl', 'en'], { message: "must be 'nl' or 'en'" }).default('nl'),
});
export type PlanPdfQuery = z.infer<typeof planPdfQuerySchema>;

export const goalLimitsBodySchema = z.strictObject({
  long: z.number({ message: 'must be a whole number from 1 to 10' }).int().min(1).max(10),
  short: z.number({ message: 'must be a whole number from 1 to 10' }).int().min(1).max(10),
});
export type GoalLimitsBody = z.infer<typeof goalLimitsBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

const trendPointSchema = z.object({ date: z.string(), score: z.number() });

export const goalSchema = z.object({
  id: z.string(),
  horizon: goalHorizonSchema,
  text: z.string(),
  dimension: recoveryDimensionSchema,
  measure: z.string(),
  targetOn: z.string().nullable(),
  status: goalStatusSchema,
  servesGoalId: z.string().nullable(),
  /** One point per day, in date order. */
  progress: z.array(trendPointSchema),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const assigneeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client') }),
  z.object({ kind: z.literal('member'), memberId: z.string(), name: z.string() }),
]);

export const agreementSchema = z.object({
  id: z.string(),
  what: z.string(),
  assignee: assigneeSchema,
  dueOn: z.string().nullable(),
  goalId: z.string().nullable(),
  status: agreementStatusSchema,
  doneAt: z.string().nullable(),
  updatedAt: z.string(),
  /** True when the caller does this agreement (and so may mark it done). */
  mine: z.boolean(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const signalPhaseSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  clientNotices: z.string(),
  othersNotice: z.string(),
  clientDoes: z.string(),
  membersDo: z.array(z.object({ memberId: z.string(), name: z.string(), action: z.string() })),
  professionalsDo: z.string(),
});

export const signalPlanContentSchema = z.object({
  phases: z.array(signalPhaseSchema),
  helps: z.string(),
  doesNotHelp: z.string(),
  crisisContacts: z.array(z.object({ name: z.string(), phone: z.string(), note: z.string() })),
});
export type SignalPlanContent = z.infer<typeof signalPlanContentSchema>;

export const adoptionSchema = z.object({
  version: z.number(),
  meetingOn: z.string(),
  /** The meeting it was agreed at; null when no meeting in Regie is known for that day. */
  meetingId: z.string().nullable(),
  adoptedAt: z.string(),
});
export type Adoption = z.infer<typeof adoptionSchema>;

const planHeaderSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  group: z.object({ id: z.string(), name: z.string() }),
  /** The newest version's number; 0 before anything was written. */
  version: z.number(),
  /** The last adoption at a meeting, if any. */
  adoption: adoptionSchema.nullable(),
});

/** An active member who can take on an agreement or a task in the signalling plan. */
export const planMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  role: z.string().nullable(),
});

export const planSchema = planHeaderSchema.extend({
  goals: z.array(goalSchema),
  agreements: z.array(agreementSchema),
  limits: z.object({ long: z.number(), short: z.number() }),
  /** Whether the signalling plan was started (its content is a route of its own). */
  signalPlanStarted: z.boolean(),
  /** Active members, for choosing who does an agreement; empty for who may not edit. */
  members: z.array(planMemberSchema),
  abilities: z.object({
    /** Write goals, agreements and the signalling plan (the client, or their coordinator for them). */
    edit: z.boolean(),
    /** See the versions and compare them. */
    history: z.boolean(),
    /** See the signalling plan. */
    signalPlan: z.boolean(),
  }),
});
export type Plan = z.infer<typeof planSchema>;

export const signalPlanViewSchema = planHeaderSchema.extend({
  /** Null until it is started; the editor then begins from the method's four phases. */
  signalPlan: signalPlanContentSchema.nullable(),
  members: z.array(planMemberSchema),
  abilities: z.object({ edit: z.boolean() }),
});
export type SignalPlanView = z.infer<typeof signalPlanViewSchema>;

/** What kind of change made a version, and what it was about. */
export const planChangeKinds = [
  'goal_added',
  'goal_changed',
  'progress_recorded',
  'agreement_added',
  'agreement_changed',
  'agreement_status',
  'signal_plan_saved',
  /** Scores and agreements of a meeting's minutes, taken into the plan when the client approved them. */
  'minutes_approved',
] as const;
export const planChangeSchema = z.object({
  kind: z.enum(planChangeKinds),
  /** The goal or agreement the change was about; null for the signalling plan. */
  subjectId: z.string().nullable(),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

export const versionSummarySchema = z.object({
  number: z.number(),
  changedAt: z.string(),
  change: planChangeSchema,
  /** The goal's or agreement's text as it was in this version; null for the signalling plan. */
  subject: z.string().nullable(),
  author: z.string(),
  /** The client's name when their coordinator made the change for them. */
  onBehalfOf: z.string().nullable(),
  /** Meeting dates at which this version was agreed. */
  adoptedOn: z.array(z.string()),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = planHeaderSchema.extend({ versions: z.array(versionSummarySchema) });
export type VersionList = z.infer<typeof versionListSchema>;

const goalContentSchema = goalSchema.omit({ updatedAt: true });
const agreementContentSchema = agreementSchema.omit({ doneAt: true, updatedAt: true, mine: true });

/** One version whole: the content as src/domain/plan-versions.ts's PlanContent. */
export const versionSchema = versionSummarySchema.extend({
  content: z.object({
    goals: z.array(goalContentSchema),
    agreements: z.array(agreementContentSchema),
    signalPlan: signalPlanContentSchema.nullable(),
  }),
});
export type Version = z.infer<typeof versionSchema>;

/**
 * One group the caller is an active member of (for a client: their own group), with their agreements
 * in it, as "Mijn afspraken" and the home page's shortcuts show it.
 */
export const myAgreementsGroupSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  group: z.object({ id: z.string(), name: z.string() }),
  /** What the caller may open of this group's plan: the home page links to these. */
  abilities: z.object({ plan: z.boolean(), signalPlan: z.boolean() }),
  /**
   * The caller's own agreements; for the client all of the group's. The goal's text only where the
   * caller may see the plan.
   */
  agreements: z.array(agreementSchema.extend({ goal: z.string().nullable() })),
});
/** Every group the caller is in, even one without agreements for them. */
export const myAgreementsSchema = z.object({ groups: z.array(myAgreementsGroupSchema) });
export type MyAgreements = z.infer<typeof myAgreementsSchema>;

export const goalLimitsSchema = z.object({
  long: z.number(),
  short: z.number(),
  /** True while the organisation keeps the method's limits. */
  methodDefault: z.boolean(),
});
export type GoalLimits = z.infer<typeof goalLimitsSchema>;
