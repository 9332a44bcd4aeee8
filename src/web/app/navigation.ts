import type { Role } from '../../shared/roles.js';
import { paths } from './paths.js';

export interface NavItem {
  to: string;
  label: 'nav.clients' | 'nav.organisation' | 'nav.myDetails' | 'nav.myGroup' | 'nav.myAgreements' | 'auditLog.client.navLabel';
}

// The roles the server admits to the client list and the organisation page (see the API's access
// rules); the menu only offers what will open, buttons inside pages follow the `abilities`.
const teamCareRoles: readonly Role[] = ['coordinator', 'clinician', 'professional', 'team_lead'];
const organisationRoles: readonly Role[] = ['admin', 'team_lead'];

export const worksWithClients = (role: Role): boolean => teamCareRoles.includes(role);
export const managesOrganisation = (role: Role): boolean => organisationRoles.includes(role);
/** Who can be a member of a resource group (the client's own, a relative, the team), and so have agreements. */
export const belongsToGroups = (role: Role): boolean => role === 'client' || role === 'relative' || worksWithClients(role);
/** Only the organisation admin reads a professional's audit log. */
export const readsProfessionalAuditLog = (role: Role): boolean => role === 'admin';

/** The main menu for a person: their role, and for a client their own record (their group is theirs). */
export function navigationFor(role: Role, clientId: string | null = null): NavItem[] {
  return [
    ...(role === 'client' && clientId !== null ? [{ to: paths.group(clientId), label: 'nav.myGroup' } as const] : []),
    ...(worksWithClients(role) ? [{ to: paths.clients, label: 'nav.clients' } as const] : []),
    ...(belongsToGroups(role) ? [{ to: paths.myAgreements, label: 'nav.myAgreements' } as const] : []),
    ...(managesOrganisation(role) ? [{ to: paths.organisation, label: 'nav.organisation' } as const] : []),
    ...(role === 'client' ? [{ to: paths.whoLooked, label: 'auditLog.client.navLabel' } as const] : []),
    { to: paths.myDetails, label: 'nav.myDetails' },
  ];
}
