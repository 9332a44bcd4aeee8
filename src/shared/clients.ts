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
  abilities: z.object({ addRelative: z.boolean() }),
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
});
export type RelativeRecord = z.infer<typeof relativeSchema>;

export const createRelativeBodySchema = z.strictObject({
  name: nameSchema,
  email: emailSchema.nullable().optional(),
  relation: relationSchema,
});
export type CreateRelativeBody = z.infer<typeof createRelativeBodySchema>;

export const clientIdParamsSchema = z.strictObject({ clientId: idSchema });
