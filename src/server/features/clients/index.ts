export { clientsRoutes } from './clients.routes.js';
export { createClientsService } from './clients.service.js';
export { isClientSelf, isTreatingProfessional, teamCareRoles } from './clients.policy.js';
