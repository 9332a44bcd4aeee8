import { z } from 'zod';
import { delegableTasks } from '../domain/direction.js';
import { sharingCategories } from '../domain/sharing.js';
import { relationSchema } from './clients.js';

// What the client shares with their relatives, per data category, and which tasks they let their
// coordinator do for them. The lists themselves are the method's (src/domain).

export { delegableTasks, sharingCategories };
export type { DelegableTask } from '../domain/direction.js';
export type { SharingCategory } from '../domain/sharing.js';

export const sharingCategorySchema = z.enum(sharingCategories, { message: `must be one of: ${sharingCategories.join(', ')}` });
export const delegableTaskSchema = z.enum(delegableTasks, { message: `must be one of: ${delegableTasks.join(', ')}` });

/** Per category: does this relative see it (the client's choice, or the method's default)? */
export const sharedCategoriesSchema = z.object({
  plan: z.boolean(),
  signal_plan: z.boolean(),
  meetings: z.boolean(),
  network_map: z.boolean(),
  evaluation_results: z.boolean(),
}) satisfies z.ZodType<Record<(typeof sharingCategories)[number], boolean>>;
export type SharedCategories = z.infer<typeof sharedCategoriesSchema>;

export const relativeSharingSchema = z.object({
  id: z.string(),
  name: z.string(),
  relation: relationSchema,
  categories: sharedCategoriesSchema,
});
export type RelativeSharing = z.infer<typeof relativeSharingSchema>;

/** GET /api/clients/:clientId/sharing: every relative whose place has not ended. */
export const sharingOverviewSchema = z.object({
  relatives: z.array(relativeSharingSchema),
  /** Only the client changes what is shared: it is their consent. */
  abilities: z.object({ update: z.boolean() }),
});
export type SharingOverview = z.infer<typeof sharingOverviewSchema>;

export const updateSharingBodySchema = z.strictObject({
  category: sharingCategorySchema,
  shared: z.boolean({ message: 'must be true or false' }),
});
export type UpdateSharingBody = z.infer<typeof updateSharingBodySchema>;

/** GET /api/clients/:clientId/delegations. */
export const delegationsSchema = z.object({
  /** The client's coordinator: the one the tasks are handed to. */
  coordinator: z.object({ id: z.string(), name: z.string() }),
  tasks: z.array(z.object({ task: delegableTaskSchema, delegated: z.boolean() })),
  abilities: z.object({ update: z.boolean() }),
});
export type Delegations = z.infer<typeof delegationsSchema>;

/** PUT /api/clients/:clientId/delegations: the tasks switched on; every other task is off. */
export const updateDelegationsBodySchema = z.strictObject({
  // Piped, so that the length is checked only once the value is a list of tasks: one error per field.
  tasks: z.array(delegableTaskSchema).pipe(z.array(delegableTaskSchema).max(delegableTasks.length, { message: 'names a task more than once' })),
});
export type UpdateDelegationsBody = z.infer<typeof updateDelegationsBodySchema>;

/** GET /api/clients/:clientId/shared-with-me: what a client shares with the relative asking. */
export const sharedWithMeSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  categories: sharedCategoriesSchema,
});
export type SharedWithMe = z.infer<typeof sharedWithMeSchema>;
