import { z } from 'zod';
import { respondentTypes } from '../domain/evaluations.js';
import { itemTypes, enableWhenOperators } from '../domain/instruments.js';
import { meetingKinds } from '../domain/meetings.js';
import { idSchema } from './fields.js';
import { linkTokenSchema } from './invitations.js';
import { localeSchema } from './roles.js';

// Evaluation on the R-MET themes (PRODUCT.md §7): rounds of a group, the questionnaire each
// respondent gets, their response, the results per theme and respondent type, the trend over
// rounds, and the instruments an organisation loads. The rules are the domain's
// (src/domain/evaluations.ts, src/domain/instruments.ts, src/domain/evaluation-results.ts).

const isoDate = z.iso.date({ message: 'must be a date like 2027-03-31' });

export { respondentTypes };
export type { RespondentType } from '../domain/evaluations.js';

export const respondentTypeSchema = z.enum(respondentTypes, { message: `must be one of: ${respondentTypes.join(', ')}` });

// ---------------------------------------------------------------------------------------------
// Requests

export const evaluationsParamsSchema = z.strictObject({ clientId: idSchema });
export const roundParamsSchema = z.strictObject({ clientId: idSchema, roundId: idSchema });

/**
 * A new round. `closesOn` is the last day to answer (Amsterdam), from today up to
 * `roundDays.max` days ahead (src/domain/evaluations.ts); `meetingId` a planned meeting of the group the results are for.
 */
export const openRoundBodySchema = z.strictObject({
  closesOn: isoDate,
  meetingId: idSchema.nullable().optional(),
});
export type OpenRoundBody = z.infer<typeof openRoundBodySchema>;

const codingSchema = z.strictObject({ code: z.string().min(1).max(200), display: z.string().max(500).optional() });

/** One answer, as src/domain/instruments.ts AnswerValue: an object with exactly one key. */
export const answerValueSchema = z.union(
  [
    z.strictObject({ boolean: z.boolean() }),
    z.strictObject({ integer: z.number().int() }),
    z.strictObject({ decimal: z.number() }),
    z.strictObject({ string: z.string().max(4000, { message: 'must be at most 4000 characters' }) }),
    z.strictObject({ coding: codingSchema }),
  ],
  { message: 'must be one answer: {"coding": {"code": …}}, {"integer": …}, {"string": …}, …' },
);
export type AnswerValueBody = z.infer<typeof answerValueSchema>;

/**
 * A response, whole and final. `showWhenAlone`: the respondent agrees that the results of their
 * respondent type are shown when they are its only respondent. `signed`: their open remarks carry
 * their name. The server checks the answers against the instrument (422, per item).
 */
export const responseBodySchema = z.strictObject({
  answers: z.record(z.string().min(1).max(100), answerValueSchema),
  showWhenAlone: z.boolean({ message: 'must be true or false' }),
  signed: z.boolean({ message: 'must be true or false' }),
});
export type ResponseBody = z.infer<typeof responseBodySchema>;

/**
 * An instrument an organisation admin loads from a JSON file: a FHIR Questionnaire with Regie's
 * `scoring`. Checked by the domain; every problem comes back as a field error at
 * `definition.<path>` (422) and nothing is stored.
 */
export const loadInstrumentBodySchema = z.strictObject({
  respondentType: respondentTypeSchema,
  definition: z.unknown(),
});
export type LoadInstrumentBody = z.infer<typeof loadInstrumentBodySchema>;
export const instrumentParamsSchema = z.strictObject({ instrumentId: idSchema });

// ---------------------------------------------------------------------------------------------
// Responses

const person = z.object({ id: z.string(), name: z.string() });
const countSchema = z.object({ asked: z.number().int(), answered: z.number().int() });

/** A round as its list shows it. Who answered is told; what they answered never is. */
export const roundSummarySchema = z.object({
  id: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  /** Still taking answers (src/domain/evaluations.ts roundIsOpen). */
  open: z.boolean(),
  meeting: z.object({ id: z.string(), startsOn: z.string(), kind: z.enum(meetingKinds) }).nullable(),
  progress: countSchema.extend({ byType: z.record(respondentTypeSchema, countSchema) }),
  /** Who was asked and whether they answered: for the client and their coordinator; null for others. */
  respondents: z.array(z.object({ name: z.string(), respondentType: respondentTypeSchema, answered: z.boolean() })).nullable(),
  /** The caller's own place in the round, if they were asked. */
  you: z.object({ respondentType: respondentTypeSchema, answered: z.boolean() }).nullable(),
  /** The round is closed and the caller may read its results. */
  resultsReady: z.boolean(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

/** GET /api/clients/:clientId/evaluations */
export const evaluationListSchema = z.object({
  rounds: z.array(roundSummarySchema),
  /** Active members a round cannot reach because they have no Regie account (client and coordinator only). */
  notAsked: z.array(z.object({ name: z.string() })),
  abilities: z.object({ open: z.boolean(), close: z.boolean() }),
  /** Why a new round cannot be opened now, for those who may open one. */
  openBlocked: z.enum(['phase', 'round_open']).nullable(),
  /** For the form: the proposed last day, the longest allowed, and the planned meetings to link. */
  defaultClosesOn: z.string(),
  maxClosesOn: z.string(),
  plannedMeetings: z.array(z.object({ id: z.string(), startsOn: z.string(), kind: z.enum(meetingKinds) })),
});
export type EvaluationList = z.infer<typeof evaluationListSchema>;

const codingOut = z.object({ code: z.string(), display: z.string().optional() });
const answerOptionOut = z.union([
  z.object({ valueCoding: codingOut }),
  z.object({ valueInteger: z.number() }),
  z.object({ valueString: z.string() }),
]);
const enableWhenOut = z.object({
  question: z.string(),
  operator: z.enum(enableWhenOperators),
  answerBoolean: z.boolean().optional(),
  answerInteger: z.number().optional(),
  answerDecimal: z.number().optional(),
  answerString: z.string().optional(),
  answerCoding: codingOut.optional(),
});
/** An item of an instrument as the respondent's form draws it (src/domain/instruments.ts InstrumentItem). */
export const instrumentItemSchema = z.object({
  linkId: z.string(),
  text: z.string().optional(),
  type: z.enum(itemTypes),
  required: z.boolean().optional(),
  answerOption: z.array(answerOptionOut).optional(),
  enableWhen: z.array(enableWhenOut).optional(),
  enableBehavior: z.enum(['all', 'any']).optional(),
  get item() {
    return z.array(instrumentItemSchema).optional();
  },
});
export type InstrumentItemOut = z.infer<typeof instrumentItemSchema>;

/** GET …/evaluations/:roundId/questionnaire: the caller's own questionnaire in this round. */
export const questionnaireSchema = z.object({
  round: z.object({ id: z.string(), closesOn: z.string(), open: z.boolean() }),
  client: person,
  respondentType: respondentTypeSchema,
  instrument: z.object({
    source: z.enum(['regie', 'organisation']),
    title: z.string(),
    url: z.string(),
    version: z.string(),
    item: z.array(instrumentItemSchema),
  }),
  /** The caller is the only one of their respondent type asked: the consent question matters. */
  alone: z.boolean(),
  answeredAt: z.string().nullable(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

const scaleScoreSchema = z.object({
  scaleId: z.string(),
  /** Mean of the scale's scores over the shown respondents; null when none had a score. */
  mean: z.number().nullable(),
  /** How many respondents had a score on this scale. */
  n: z.number().int(),
});
/** A scale as results name it; `title` null: a theme of Regie's own, named by the UI's texts. */
const scaleSchema = z.object({ id: z.string(), title: z.string().nullable(), min: z.number(), max: z.number() });

const typeResultSchema = z.object({
  respondentType: respondentTypeSchema,
  asked: z.number().int(),
  answered: z.number().int(),
  /** False when nobody answered, or when one did without agreeing to be shown alone. */
  shown: z.boolean(),
  hiddenReason: z.enum(['no_answers', 'alone_without_consent']).nullable(),
  /** Empty when not shown. */
  scores: z.array(scaleScoreSchema),
});

/** GET …/evaluations/:roundId/results: only once the round is closed. */
export const roundResultsSchema = z.object({
  round: z.object({ id: z.string(), openedAt: z.string(), closedAt: z.string().nullable(), closesOn: z.string() }),
  scales: z.array(scaleSchema),
  byType: z.array(typeResultSchema),
  /** Over the shown respondent types only, so a hidden one cannot be worked out from it. */
  overall: z.array(scaleScoreSchema),
  /** Open remarks of shown respondents, in alphabetical order (never by time or type); `by` only when signed. */
  remarks: z.array(z.object({ text: z.string(), by: z.string().nullable() })),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** GET /api/clients/:clientId/evaluations/trend: closed rounds, oldest first. */
export const evaluationTrendSchema = z.object({
  scales: z.array(scaleSchema),
  rounds: z.array(
    z.object({
      id: z.string(),
      /** The Amsterdam day the round closed (by hand, by the last answer, or its last day). */
      closedOn: z.string(),
      byType: z.array(typeResultSchema.pick({ respondentType: true, shown: true, scores: true })),
      overall: z.array(scaleScoreSchema),
    }),
  ),
});
export type EvaluationTrend = z.infer<typeof evaluationTrendSchema>;

/** GET /api/my-evaluations: the questionnaires waiting for the caller, soonest closing first. */
export const myEvaluationsSchema = z.object({
  open: z.array(
    z.object({
      roundId: z.string(),
      client: person,
      groupName: z.string(),
      closesOn: z.string(),
      respondentType: respondentTypeSchema,
    }),
  ),
});
export type MyEvaluations = z.infer<typeof myEvaluationsSchema>;

const loadedInstrumentSchema = z.object({
  id: z.string(),
  respondentType: respondentTypeSchema,
  url: z.string(),
  version: z.string(),
  title: z.string(),
  loadedAt: z.string(),
  loadedBy: z.string(),
  retiredAt: z.string().nullable(),
});
export type LoadedInstrument = z.infer<typeof loadedInstrumentSchema>;

/** GET /api/organisation/instruments: what new rounds ask per respondent type, and what was loaded. */
export const instrumentListSchema = z.object({
  inUse: z.array(
    z.object({
      respondentType: respondentTypeSchema,
      source: z.enum(['regie', 'organisation']),
      url: z.string(),
      version: z.string(),
      title: z.string(),
      /** The loaded instrument's id; null for Regie's own. */
      instrumentId: z.string().nullable(),
    }),
  ),
  loaded: z.array(loadedInstrumentSchema),
  abilities: z.object({ load: z.boolean() }),
});
export type InstrumentList = z.infer<typeof instrumentListSchema>;
export { loadedInstrumentSchema };

// A member without a Regie account answers through a personal link mailed to their address on the
// client's network map (POST /api/evaluation-link/…). The token is the one from the link's
// #fragment, sent in the body: never in a URL.

/** POST /api/evaluation-link/questionnaire: the link's questionnaire; `locale` for Regie's own instrument (default nl). */
export const evaluationLinkBodySchema = z.strictObject({
  token: linkTokenSchema,
  locale: localeSchema.optional(),
});
export type EvaluationLinkBody = z.infer<typeof evaluationLinkBodySchema>;

/** POST /api/evaluation-link/response: the response, whole and final, with the link's token. */
export const evaluationLinkResponseBodySchema = responseBodySchema.extend({ token: linkTokenSchema });
export type EvaluationLinkResponseBody = z.infer<typeof evaluationLinkResponseBodySchema>;

/** The answer to a response sent with a link: when it was stored, nothing about the round. */
export const evaluationLinkAnsweredSchema = z.object({ answeredAt: z.string() });
export type EvaluationLinkAnswered = z.infer<typeof evaluationLinkAnsweredSchema>;
