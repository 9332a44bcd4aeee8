export { clientsRoutes } from './clients.routes.js';
export { createClientsService } from './clients.service.js';
