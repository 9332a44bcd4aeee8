export { networkRoutes } from './network.routes.js';
export { createNetworkService, type NetworkService } from './network.service.js';
