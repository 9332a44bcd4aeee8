import { z } from 'zod';
import { formalities, lifeAreas, relations, rings, wishes } from '../domain/network-map.js';
import { memberStatuses } from '../domain/membership.js';
import { emailSchema, idSchema, multilineTextSchema, nameSchema } from './fields.js';

// The client's network map (PRODUCT.md §3): the people in their life around them, and snapshots of
// it over time. The vocabulary is the domain's (src/domain/network-map.ts).

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of: ${values.join(', ')}` });

export const networkRelationSchema = oneOf(relations);
export const formalitySchema = oneOf(formalities);
export const lifeAreaSchema = oneOf(lifeAreas);
export const ringSchema = oneOf(rings);
export const wishSchema = oneOf(wishes);

/** A phone number as people type it: digits, spaces, +, -, ( and ). */
export const phoneSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(30, { message: 'must be at most 30 characters' })
  // Empty text passes the pattern: it is refused once, by min(1), not twice.
  .regex(/^(\+?[0-9 ()-]+)?$/, { message: 'must be a phone number, like 06 12345678 or +31 6 12345678' });

/** A few lines of the client's own words about someone. */
export const networkNotesSchema = multilineTextSchema(1000);

/** A person as the client adds or changes them; every field is sent, so a change is never half done. */
export const networkPersonBodySchema = z.strictObject({
  name: nameSchema,
  relation: networkRelationSchema,
  formality: formalitySchema,
  lifeArea: lifeAreaSchema,
  ring: ringSchema,
  wish: wishSchema,
  email: emailSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  notes: networkNotesSchema.nullable().optional(),
});
export type NetworkPersonBody = z.infer<typeof networkPersonBodySchema>;

/** Moving someone on the drawing or in the list: only where they stand. */
export const moveNetworkPersonBodySchema = z.strictObject({ ring: ringSchema, lifeArea: lifeAreaSchema });
export type MoveNetworkPersonBody = z.infer<typeof moveNetworkPersonBodySchema>;

export const networkPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  relation: networkRelationSchema,
  formality: formalitySchema,
  lifeArea: lifeAreaSchema,
  ring: ringSchema,
  wish: wishSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  /** The person's membership of the client's active group, if they were nominated; ended ones too. */
  membership: z.object({ memberId: z.string(), status: z.enum(memberStatuses) }).nullable(),
});
export type NetworkPerson = z.infer<typeof networkPersonSchema>;

export const networkMapSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  people: z.array(networkPersonSchema),
  abilities: z.object({
    /** Add, change, move and remove people, and save snapshots: the client and their coordinator. */
    edit: z.boolean(),
    /** Nominate people for the group: the client, or their coordinator when the client asked them to. */
    nominate: z.boolean(),
  }),
});
export type NetworkMap = z.infer<typeof networkMapSchema>;

export const networkPersonParamsSchema = z.strictObject({ clientId: idSchema, personId: idSchema });
export const networkSnapshotParamsSchema = z.strictObject({ clientId: idSchema, snapshotId: idSchema });

/** One person as a snapshot keeps them. */
export const snapshotEntrySchema = z.object({
  personId: z.string(),
  name: z.string(),
  relation: networkRelationSchema,
  formality: formalitySchema,
  lifeArea: lifeAreaSchema,
  ring: ringSchema,
  wish: wishSchema,
});
export type SnapshotEntryView = z.infer<typeof snapshotEntrySchema>;

/** A short name for a snapshot, e.g. "voor de startbijeenkomst"; optional. */
export const snapshotLabelSchema = z
  .string()
  .trim()
  .max(80, { message: 'must be at most 80 characters' })
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'must not contain control characters' });

export const createSnapshotBodySchema = z.strictObject({ label: snapshotLabelSchema.nullable().optional() });
export type CreateSnapshotBody = z.infer<typeof createSnapshotBodySchema>;

export const snapshotSummarySchema = z.object({
  id: z.string(),
  takenAt: z.string(),
  label: z.string().nullable(),
  people: z.number().int(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

export const snapshotListSchema = z.object({ snapshots: z.array(snapshotSummarySchema) });
export type SnapshotList = z.infer<typeof snapshotListSchema>;

export const snapshotSchema = snapshotSummarySchema.extend({ entries: z.array(snapshotEntrySchema) });
export type Snapshot = z.infer<typeof snapshotSchema>;
