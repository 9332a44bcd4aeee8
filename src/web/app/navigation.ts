import { careRoles, type Role } from '../../shared/roles.js';
import { paths } from './paths.js';

export interface NavItem {
  to: string;
  label:
    | 'nav.clients'
    | 'nav.organisation'
    | 'nav.myDetails'
    | 'nav.myGroup'
    | 'nav.myAgreements'
    | 'auditLog.client.navLabel'
    | 'team.nav.caseload'
    | 'team.nav.figures';
}

// The roles the server admits to the client list and the organisation page (see the API's access
// rules); the menu only offers what will open, buttons inside pages follow the `abilities`.
const teamCareRoles: readonly Role[] = ['coordinator', 'clinician', 'professional', 'team_lead'];
const organisationRoles: readonly Role[] = ['admin', 'team_lead'];

export const worksWithClients = (role: Role): boolean => teamCareRoles.includes(role);
export const managesOrganisation = (role: Role): boolean => organisationRoles.includes(role);
/** Who can be a member of a resource group (the client's own, a relative, the team), and so have agreements. */
export const belongsToGroups = (role: Role): boolean => role === 'client' || role === 'relative' || worksWithClients(role);
/** A coordinator's caseload is their clients; a team lead's is the team's. */
export const hasCaseload = (role: Role): boolean => role === 'coordinator' || role === 'team_lead';
/** The team's care professionals read the team's figures and keep its improvement actions. */
export const readsTeamFigures = (role: Role): boolean => (careRoles as readonly Role[]).includes(role);
/** Only the organisation admin reads a professional's audit log. */
export const readsProfessionalAuditLog = (role: Role): boolean => role === 'admin';

/**
 * The main menu for a person: their role, for a client their own record (their group is theirs), and
 * for a professional their team. The team's figures are in the team lead's menu, whose work the
 * quality cycle is; coordinators and clinicians reach them from the home page and the caseload.
 */
export function navigationFor(role: Role, clientId: string | null = null, teamId: string | null = null): NavItem[] {
  return [
    ...(role === 'client' && clientId !== null ? [{ to: paths.group(clientId), label: 'nav.myGroup' } as const] : []),
    ...(worksWithClients(role) ? [{ to: paths.clients, label: 'nav.clients' } as const] : []),
    ...(hasCaseload(role) ? [{ to: paths.caseload, label: 'team.nav.caseload' } as const] : []),
    ...(role === 'team_lead' && teamId !== null ? [{ to: paths.teamFigures(teamId), label: 'team.nav.figures' } as const] : []),
    ...(belongsToGroups(role) ? [{ to: paths.myAgreements, label: 'nav.myAgreements' } as const] : []),
    ...(managesOrganisation(role) ? [{ to: paths.organisation, label: 'nav.organisation' } as const] : []),
    ...(role === 'client' ? [{ to: paths.whoLooked, label: 'auditLog.client.navLabel' } as const] : []),
    { to: paths.myDetails, label: 'nav.myDetails' },
  ];
}
