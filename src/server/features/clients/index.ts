export { clientsRoutes } from './clients.routes.js';
export { createClientsService } from './clients.service.js';
export { isClientSelf } from './clients.policy.js';
