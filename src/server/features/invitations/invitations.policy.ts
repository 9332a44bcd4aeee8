import { performerOf, type DelegableTask, type TaskPerformer } from '../../../domain/direction.js';
import { careRoles, type Role } from '../../../shared/roles.js';
import type { Actor } from '../../platform/context.js';

/** Professionals in a team who work with its clients (the roles of the client routes). */
export const teamCareRoles = ['coordinator', 'clinician', 'professional', 'team_lead'] as const satisfies readonly Role[];
/** Of them, those who register clients and relatives; they also invite a client to their account. */
export const invitingRoles = careRoles;

interface ClientRecord {
  id: string;
  teamId: string;
  coordinatorId: string;
  accountId: string | null;
}

const includes = (list: readonly string[], role: string) => list.includes(role);

export function isClientSelf(actor: Actor, clientId: string): boolean {
  return actor.role === 'client' && actor.clientId === clientId;
}

function isTeamOf(actor: Actor, client: ClientRecord): boolean {
  return actor.professional?.teamId === client.teamId && includes(teamCareRoles, actor.role);
}

/** The client themself and their own team see the client; anyone else is told it does not exist. */
export function canSeeClient(actor: Actor, client: ClientRecord): boolean {
  return isClientSelf(actor, client.id) || isTeamOf(actor, client);
}

/** The client's account is set up by the team that registered them (not the client themself). */
export function canInviteClient(actor: Actor, client: ClientRecord): boolean {
  return isTeamOf(actor, client) && includes(invitingRoles, actor.role);
}

/**
 * Inviting a relative is the client's own decision (degrees of direction): the client; their
 * coordinator for them when the client handed over the task; their coordinator alone when the client
 * has no account of their own.
 */
export function relativeInviter(actor: Actor, client: ClientRecord, delegated: readonly DelegableTask[]): TaskPerformer {
  return performerOf(
    'invite_members',
    {
      isClientSelf: isClientSelf(actor, client.id),
      isClientsCoordinator: actor.role === 'coordinator' && actor.professional?.id === client.coordinatorId,
    },
    { hasAccount: client.accountId !== null, delegated },
  );
}

/** The organisation admin invites the professionals of their own organisation. */
export function canInviteProfessional(actor: Actor, professional: { organisationId: string }): boolean {
  return actor.role === 'admin' && actor.professional?.organisationId === professional.organisationId;
}
