// The policy comes first: the groups feature, which the service uses, reads it while the modules load.
export {
  canDecideForThemself,
  canSeeClient,
  isClientSelf,
  isTreatingProfessional,
  registeringRoles,
  teamCareRoles,
} from './clients.policy.js';
export { clientsRoutes } from './clients.routes.js';
export { createClientsService, endRelativePlace, insertRelativeWithin } from './clients.service.js';
