import { z } from 'zod';
import { emailSchema, passwordInputSchema } from './fields.js';
import { localeSchema, roleSchema } from './roles.js';

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: passwordInputSchema,
});
export type LoginBody = z.infer<typeof loginBodySchema>;

const reference = z.object({ id: z.string(), name: z.string() });

export const meSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organisation: reference.nullable(),
  team: reference.nullable(),
  /** Set for a client: their own client record. */
  clientId: z.string().nullable(),
  /** Set for a relative: the clients they are a relative of. */
  relativeOf: z.array(reference),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeBodySchema = z.strictObject({ locale: localeSchema });
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;
