import { z } from 'zod';
import { emailSchema, idSchema, nameSchema } from './fields.js';
import { professionalRoleSchema } from './roles.js';

export const organisationKinds = ['ggz', 'social', 'youth', 'other'] as const;
export const teamTypes = ['fact', 'clinical', 'social', 'youth', 'other'] as const;

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const teamSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  type: z.enum(teamTypes),
});
export type Team = z.infer<typeof teamSchema>;

export const createTeamBodySchema = z.strictObject({
  name: nameSchema,
  type: z.enum(teamTypes, { message: `must be one of: ${teamTypes.join(', ')}` }),
});
export type CreateTeamBody = z.infer<typeof createTeamBodySchema>;

export const professionalSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: professionalRoleSchema,
  teamId: z.string().nullable(),
  /** False until the person has set a password through their invitation. */
  canSignIn: z.boolean(),
  /** What the caller may do with this professional's account (the admin of their organisation). */
  abilities: z.object({ invite: z.boolean(), endSessions: z.boolean(), readAuditLog: z.boolean() }),
});
export type Professional = z.infer<typeof professionalSchema>;

export const createProfessionalBodySchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  role: professionalRoleSchema,
  teamId: idSchema.nullable(),
});
export type CreateProfessionalBody = z.infer<typeof createProfessionalBodySchema>;

export const organisationOverviewSchema = z.object({
  organisation: organisationSchema,
  teams: z.array(teamSchema),
  abilities: z.object({ createTeam: z.boolean(), createProfessional: z.boolean() }),
});
export type OrganisationOverview = z.infer<typeof organisationOverviewSchema>;
