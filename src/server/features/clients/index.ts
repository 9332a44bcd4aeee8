export { clientsRoutes } from './clients.routes.js';
export { createClientsService } from './clients.service.js';
export {
  canDecideForThemself,
  canSeeClient,
  isClientSelf,
  isTreatingProfessional,
  registeringRoles,
  teamCareRoles,
} from './clients.policy.js';
