import { z } from 'zod';
import { emailSchema, idSchema, nameSchema } from './fields.js';

export const relations = ['partner', 'parent', 'child', 'sibling', 'other_family', 'friend', 'neighbour', 'colleague', 'other'] as const;
export const relationSchema = z.enum(relations, { message: `must be one of: ${relations.join(', ')}` });
export type Relation = z.infer<typeof relationSchema>;

export const clientSchema = z.object({
  id: z.string(),
  name: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  coordinator: z.object({ id: z.string(), name: z.string() }),
  hasAccount: z.boolean(),
  abilities: z.object({
    addRelative: z.boolean(),
    /** Choose what each relative sees: the client's consent, so theirs alone. */
    manageSharing: z.boolean(),
    /** Choose which tasks the coordinator may do for them: the client alone. */
    manageDirection: z.boolean(),
    /** End a relative's place: the client, or the professionals who register relatives. */
    endRelative: z.boolean(),
  }),
});
export type Client = z.infer<typeof clientSchema>;

export const clientListSchema = z.object({
  clients: z.array(clientSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type ClientList = z.infer<typeof clientListSchema>;

export const createClientBodySchema = z.strictObject({
  name: nameSchema,
  email: emailSchema.nullable().optional(),
  /** A coordinator of the registering team; defaults to the registering coordinator. */
  coordinatorId: idSchema.optional(),
});
export type CreateClientBody = z.infer<typeof createClientBodySchema>;

export const relativeSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  relation: relationSchema,
  hasAccount: z.boolean(),
  /** Set when the relative's place ended: they no longer see anything of the client. */
  endedAt: z.string().nullable(),
});
export type RelativeRecord = z.infer<typeof relativeSchema>;

export const createRelativeBodySchema = z.strictObject({
  name: nameSchema,
  email: emailSchema.nullable().optional(),
  relation: relationSchema,
});
export type CreateRelativeBody = z.infer<typeof createRelativeBodySchema>;

export const clientIdParamsSchema = z.strictObject({ clientId: idSchema });
export const relativeIdParamsSchema = z.strictObject({ clientId: idSchema, relativeId: idSchema });

/** One line of plain text, like a name but longer; empty means no reason given. */
export const endReasonSchema = z
  .string()
  .trim()
  .max(300, { message: 'must be at most 300 characters' })
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'must not contain control characters' });

export const endRelativeBodySchema = z.strictObject({
  reason: endReasonSchema.nullable().optional(),
});
export type EndRelativeBody = z.infer<typeof endRelativeBodySchema>;
