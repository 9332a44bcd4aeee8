import { z } from 'zod';

/** Roles a professional can hold in their organisation. */
export const professionalRoles = ['coordinator', 'clinician', 'professional', 'team_lead', 'researcher', 'admin'] as const;
export const professionalRoleSchema = z.enum(professionalRoles);
export type ProfessionalRole = z.infer<typeof professionalRoleSchema>;

/** Every role a signed-in person can have: a professional role, or client, or relative. */
export const roles = [...professionalRoles, 'client', 'relative'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Team professionals who register clients and support them. */
export const careRoles = ['coordinator', 'clinician', 'team_lead'] as const satisfies readonly ProfessionalRole[];

/**
 * Everyone a route about one client's group admits: the team's professionals, the client and their
 * relatives. The service then decides per client (sharing, direction), so that an outsider meets the
 * same "not found" on every route of the client.
 */
export const clientCircleRoles = [
  'coordinator',
  'clinician',
  'professional',
  'team_lead',
  'client',
  'relative',
] as const satisfies readonly Role[];

export const localeSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof localeSchema>;
