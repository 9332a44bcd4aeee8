export { invitationsRoutes } from './invitations.routes.js';
export { createInvitationsService } from './invitations.service.js';
