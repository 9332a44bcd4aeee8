import { z } from 'zod';
import { idSchema } from './fields.js';
import { roleSchema } from './roles.js';

// The audit log (NEN 7513): who did what with which client's data, when and from where. Never the
// content itself. These names are stored in the database and shown to clients; change them only with
// a migration of the stored rows.

/** Create, read, update, delete and export of client data, plus the events around access itself. */
export const auditActions = [
  'create',
  'read',
  'update',
  'delete',
  'export',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'access_refused',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditOutcomes = ['success', 'refused', 'failed'] as const;
export const auditOutcomeSchema = z.enum(auditOutcomes);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** The kind of data an event concerns; grows with the features that hold client data. */
export const auditDataCategories = [
  'client',
  'relatives',
  'audit_log',
  'session',
  'sharing',
  'delegations',
  'account',
  'invitation',
  'group',
  'network_map',
  'conversation',
  'plan',
  'signal_plan',
  'meetings',
  'evaluations',
] as const;
export const auditDataCategorySchema = z.enum(auditDataCategories);
export type AuditDataCategory = z.infer<typeof auditDataCategorySchema>;

const isoDate = z.iso.date({ message: 'must be a date like 2026-03-31' });

/**
 * Filter and page of an audit view. `from` and `to` are whole days in Dutch time, both included.
 * Pages go back in time: pass the `nextCursor` of one page as `cursor` to get the next. (A cursor
 * rather than a page number, because reading the log adds rows at the top and would shift pages.)
 */
export const auditQuerySchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, { message: 'must be the nextCursor of a previous page' })
    .optional(),
  limit: z.coerce.number({ message: 'must be a number' }).int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  action: auditActionSchema,
  outcome: auditOutcomeSchema,
  /** Who did it, in which role and for which organisation, as it was at the time. */
  actor: z.object({
    /**
     * Null when the account is unknown (a failed sign-in with an unknown email address) or gone, and
     * for another client or relative: naming them would tell whose client or relative they are.
     */
    name: z.string().nullable(),
    role: roleSchema.nullable(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  /** Set when someone acted for another person (a coordinator on the client's behalf). */
  onBehalfOf: z.object({ name: z.string().nullable() }).nullable(),
  dataCategory: auditDataCategorySchema,
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const professionalIdParamsSchema = z.strictObject({ professionalId: idSchema });
