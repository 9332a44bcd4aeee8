import { z } from 'zod';
import { qualityDecisions } from '../domain/evaluations.js';
import { rhythmStates } from '../domain/meeting-rhythm.js';
import { idSchema, multilineTextSchema } from './fields.js';
import { respondentTypeSchema } from './evaluations.js';

// The coordinator's caseload and the team's figures and quality cycle (PRODUCT.md §7, §8). The
// statistics are the domain's (src/domain/team-statistics.ts); nothing here ever carries an
// individual answer of an evaluation, nor a group's round with fewer than three respondents.

const isoDate = z.iso.date({ message: 'must be a date like 2027-03-31' });

export const qualityDecisionSchema = z.enum(qualityDecisions, { message: `must be one of: ${qualityDecisions.join(', ')}` });

// ---------------------------------------------------------------------------------------------
// Requests

export const teamParamsSchema = z.strictObject({ teamId: idSchema });
export const qualityActionParamsSchema = z.strictObject({ teamId: idSchema, actionId: idSchema });

/**
 * An improvement action, whole (plan, do, check, act). `theme` a scale id of the evaluation (e.g.
 * 'heard') or null; `ownerProfessionalId` a professional of the team. Check and act are filled in
 * later: `checkResult` with `checkedOn`, `decision` (keep, adjust, stop) with an optional note.
 */
export const qualityActionBodySchema = z.strictObject({
  // One line of text, like a name: a control character cannot be stored alike on both databases.
  theme: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(100, { message: 'must be at most 100 characters' })
    .regex(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'must not contain control characters' })
    .nullable(),
  what: multilineTextSchema(1000).pipe(z.string().min(1, { message: 'must not be empty' })),
  why: multilineTextSchema(2000).pipe(z.string().min(1, { message: 'must not be empty' })),
  ownerProfessionalId: idSchema.nullable(),
  dueOn: isoDate.nullable(),
  checkResult: multilineTextSchema(2000).nullable(),
  checkedOn: isoDate.nullable(),
  decision: qualityDecisionSchema.nullable(),
  decisionNote: multilineTextSchema(2000).nullable(),
});
export type QualityActionBody = z.infer<typeof qualityActionBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

const memberCounts = z.object({ informal: z.number().int(), peer: z.number().int(), formal: z.number().int() });

/** GET /api/caseload: the coordinator's clients (a team lead: the team's), one line each. */
export const caseloadSchema = z.object({
  scope: z.enum(['own', 'team']),
  clients: z.array(
    z.object({
      client: z.object({ id: z.string(), name: z.string() }),
      coordinator: z.object({ id: z.string(), name: z.string() }).nullable(),
      /** Null: no active group yet. */
      group: z
        .object({
          name: z.string(),
          phase: z.number().int().min(1).max(6),
          /** Active members by kind; the client is not counted. */
          members: memberCounts,
          nextMeetingOn: z.string().nullable(),
          rhythm: z.object({ state: z.enum(rhythmStates), dueDate: z.string().nullable() }),
          openAgreements: z.number().int(),
          /** The newest round: its last day, whether it is open, how many answered of how many asked. */
          lastEvaluation: z
            .object({ closesOn: z.string(), open: z.boolean(), asked: z.number().int(), answered: z.number().int() })
            .nullable(),
        })
        .nullable(),
    }),
  ),
});
export type Caseload = z.infer<typeof caseloadSchema>;
export type CaseloadLine = Caseload['clients'][number];

const frequencyTableSchema = z.object({
  rows: z.array(
    z.object({
      value: z.number(),
      frequency: z.number().int(),
      percent: z.number().nullable(),
      validPercent: z.number().nullable(),
      cumulativePercent: z.number().nullable(),
    }),
  ),
  missing: z.object({ frequency: z.number().int(), percent: z.number() }).nullable(),
  total: z.object({ n: z.number().int(), validN: z.number().int() }),
});

const distributionSchema = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

const averageSchema = z.object({ mean: z.number().nullable(), n: z.number().int() });
const scaleAverageSchema = z.object({
  scaleId: z.string(),
  overall: averageSchema,
  byType: z.array(averageSchema.extend({ respondentType: respondentTypeSchema })),
});
const responseRateSchema = z.object({ asked: z.number().int(), answered: z.number().int(), share: z.number().nullable() });

/**
 * GET /api/teams/:teamId/figures: the team's active groups. Shares run from 0 to 1, percents from 0
 * to 100; nothing is rounded (the UI and the CSV round for display). Evaluation figures count only
 * closed rounds with at least three respondents (`teamMinimumRespondents`).
 */
export const teamFiguresSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  /** The Amsterdam day the figures were made. */
  madeOn: z.string(),
  groups: z.number().int(),
  groupsPerPhase: z.array(z.object({ phase: z.number().int().min(1).max(6), count: z.number().int() })),
  /** Active members, plus client, plus coordinator (src/domain/team-statistics.ts groupSize). */
  groupSize: distributionSchema.extend({ frequencies: frequencyTableSchema }),
  informalMembers: distributionSchema.extend({ frequencies: frequencyTableSchema }),
  shareWithInformalSupport: z.number().nullable(),
  /** Groups whose rhythm has begun, and the share of them that met within their interval. */
  metWithinInterval: z.object({ judged: z.number().int(), share: z.number().nullable() }),
  evaluation: z.object({
    /** Closed rounds counted, and those left out for having fewer than three respondents. */
    rounds: z.number().int(),
    roundsLeftOut: z.number().int(),
    responseRate: responseRateSchema,
    scales: z.array(z.object({ id: z.string(), title: z.string().nullable(), min: z.number(), max: z.number() })),
    averages: z.array(scaleAverageSchema),
    /** Per calendar quarter the rounds closed in (e.g. '2027-Q1'), oldest first. */
    overTime: z.array(
      z.object({
        period: z.string(),
        rounds: z.number().int(),
        responseRate: responseRateSchema,
        averages: z.array(scaleAverageSchema.pick({ scaleId: true, overall: true })),
      }),
    ),
  }),
});
export type TeamFigures = z.infer<typeof teamFiguresSchema>;

export const qualityActionSchema = z.object({
  id: z.string(),
  theme: z.string().nullable(),
  what: z.string(),
  why: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  checkResult: z.string().nullable(),
  checkedOn: z.string().nullable(),
  decision: qualityDecisionSchema.nullable(),
  decisionNote: z.string().nullable(),
  /** Where the action is in its cycle: planned (no owner or date yet), doing, checked, decided. */
  stage: z.enum(['plan', 'do', 'check', 'act']),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type QualityAction = z.infer<typeof qualityActionSchema>;

/** GET /api/teams/:teamId/quality-actions: newest first, with who may be the owner. */
export const qualityActionListSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  actions: z.array(qualityActionSchema),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: z.object({ write: z.boolean() }),
});
export type QualityActionList = z.infer<typeof qualityActionListSchema>;
