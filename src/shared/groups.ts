import { z } from 'zod';
import { leaveReasons, memberKinds, memberStatuses, professionalRoles as groupRoles } from '../domain/membership.js';
import { phaseCodes } from '../domain/phases.js';
import { endReasonSchema } from './clients.js';
import { idSchema, nameSchema } from './fields.js';

// The resource group (PRODUCT.md §2 and §4): its phases with their checklists, its members and the
// history of its composition. The rules are the domain's (src/domain/phases.ts, membership.ts).

const isoDate = z.iso.date({ message: 'must be a date like 2026-03-31' });

export const phaseNumberSchema = z
  .number({ message: 'must be a phase number from 1 to 6' })
  .int({ message: 'must be a phase number from 1 to 6' })
  .min(1, { message: 'must be a phase number from 1 to 6' })
  .max(6, { message: 'must be a phase number from 1 to 6' });

export const memberStatusSchema = z.enum(memberStatuses);
export const memberKindSchema = z.enum(memberKinds);
export const groupRoleSchema = z.enum(groupRoles);
export const leaveReasonSchema = z.enum(leaveReasons, { message: `must be one of: ${leaveReasons.join(', ')}` });
export type LeaveReasonCode = z.infer<typeof leaveReasonSchema>;

export const checklistItemSchema = z.object({
  /** An item id of src/domain/phases.ts; the web app words it. */
  id: z.string(),
  mode: z.enum(['automatic', 'manual']),
  done: z.boolean(),
});

export const groupPhaseSchema = z.object({
  number: phaseNumberSchema,
  code: z.enum(phaseCodes),
  /** `done` for phases before the current one, `current`, or `upcoming`. */
  state: z.enum(['done', 'current', 'upcoming']),
  checklist: z.array(checklistItemSchema),
});

export const nextStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('do_item'), phase: phaseNumberSchema, itemId: z.string() }),
  z.object({ kind: z.literal('move_to_phase'), phase: phaseNumberSchema }),
  z.object({ kind: z.literal('none') }),
]);
export type NextStep = z.infer<typeof nextStepSchema>;

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: memberKindSchema,
  role: groupRoleSchema.nullable(),
  status: memberStatusSchema,
  /** The person on the client's network map this membership came from, if any. */
  networkPersonId: z.string().nullable(),
  /** Set when the member is a relative with a Regie account (or invited to one). */
  relativeId: z.string().nullable(),
  /** Set when the member is a professional with a Regie account. */
  professionalId: z.string().nullable(),
  approachedBy: z.enum(['client', 'coordinator']).nullable(),
  approachedOn: z.string().nullable(),
  answer: z.enum(['yes', 'no']).nullable(),
  /** An email address to invite them at (from the map or their relative record); shown to those who may invite. */
  canBeInvitedByEmail: z.boolean(),
  /** Whether an in-depth conversation was recorded; null for those who may not know (relatives). */
  conversationHeld: z.boolean().nullable(),
  leaveReason: leaveReasonSchema.nullable(),
  since: z.string(),
  abilities: z.object({
    approach: z.boolean(),
    invite: z.boolean(),
    recordAnswer: z.boolean(),
    activate: z.boolean(),
    leave: z.boolean(),
  }),
});
export type Member = z.infer<typeof memberSchema>;

export const groupSchema = z.object({
  id: z.string(),
  client: z.object({ id: z.string(), name: z.string() }),
  name: z.string(),
  phase: phaseNumberSchema,
  phaseChangedAt: z.string(),
  phases: z.array(groupPhaseSchema),
  nextStep: nextStepSchema,
  /** The method's core professionals the group lacks (a hint, never a block). */
  missingRoles: z.array(groupRoleSchema),
  coordinator: z.object({ id: z.string(), name: z.string() }),
  /** Members the caller may see: relatives see the active members only. */
  members: z.array(memberSchema),
  abilities: z.object({
    rename: z.boolean(),
    movePhase: z.boolean(),
    tick: z.boolean(),
    nominate: z.boolean(),
    addProfessional: z.boolean(),
    handover: z.boolean(),
    /** See the in-depth conversations page (coordinator and clinician; the client for shared ones). */
    conversations: z.boolean(),
    /** See the network map. */
    networkMap: z.boolean(),
  }),
});
export type Group = z.infer<typeof groupSchema>;

/** The client's group, or none yet, and whether the caller may start one. */
export const groupStateSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  group: groupSchema.nullable(),
  abilities: z.object({ create: z.boolean() }),
});
export type GroupState = z.infer<typeof groupStateSchema>;

export const groupNameBodySchema = z.strictObject({ name: nameSchema });
export type GroupNameBody = z.infer<typeof groupNameBodySchema>;

export const movePhaseBodySchema = z.strictObject({ phase: phaseNumberSchema });
export type MovePhaseBody = z.infer<typeof movePhaseBodySchema>;

export const checklistTickParamsSchema = z.strictObject({
  clientId: idSchema,
  itemId: z.string().regex(/^[a-z_]{1,60}$/, { message: 'must be a checklist item of the method' }),
});
export const checklistTickBodySchema = z.strictObject({ done: z.boolean({ message: 'must be true or false' }) });
export type ChecklistTickBody = z.infer<typeof checklistTickBodySchema>;

export const memberParamsSchema = z.strictObject({ clientId: idSchema, memberId: idSchema });

/** Nominating someone from the client's network map. */
export const nominateBodySchema = z.strictObject({ networkPersonId: idSchema });
export type NominateBody = z.infer<typeof nominateBodySchema>;

/** Adding a professional of the client's team (the responsible clinician, say) to the group. */
export const addProfessionalBodySchema = z.strictObject({
  professionalId: idSchema,
  role: z.enum(['clinician'], { message: "must be 'clinician' or null" }).nullable(),
});
export type AddProfessionalBody = z.infer<typeof addProfessionalBodySchema>;

export const approachBodySchema = z.strictObject({
  approachedBy: z.enum(['client', 'coordinator'], { message: "must be 'client' or 'coordinator'" }),
  approachedOn: isoDate,
});
export type ApproachBody = z.infer<typeof approachBodySchema>;

export const answerBodySchema = z.strictObject({ answer: z.enum(['yes', 'no'], { message: "must be 'yes' or 'no'" }) });
export type AnswerBody = z.infer<typeof answerBodySchema>;

export const leaveBodySchema = z.strictObject({
  reason: leaveReasonSchema,
  note: endReasonSchema.nullable().optional(),
});
export type LeaveBody = z.infer<typeof leaveBodySchema>;

export const handoverBodySchema = z.strictObject({ successorProfessionalId: idSchema });
export type HandoverBody = z.infer<typeof handoverBodySchema>;

/** Professionals of the client's team who can join the group or take over as coordinator. */
export const groupCandidatesSchema = z.object({
  professionals: z.array(
    z.object({ id: z.string(), name: z.string(), role: z.string(), canBecomeCoordinator: z.boolean() }),
  ),
});
export type GroupCandidates = z.infer<typeof groupCandidatesSchema>;

/** One line of the group's history: a phase move or a membership reaching a status. */
export const groupHistoryEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('phase'),
    at: z.string(),
    from: phaseNumberSchema,
    to: phaseNumberSchema,
    by: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('member'),
    at: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    from: memberStatusSchema.nullable(),
    to: memberStatusSchema,
    reason: leaveReasonSchema.nullable(),
    by: z.string().nullable(),
  }),
]);
export type GroupHistoryEvent = z.infer<typeof groupHistoryEventSchema>;

export const groupHistorySchema = z.object({ events: z.array(groupHistoryEventSchema) });
export type GroupHistory = z.infer<typeof groupHistorySchema>;
