export { sharingRoutes } from './sharing.routes.js';
export { createSharingService } from './sharing.service.js';
export { createSharingPolicy, isClientsCoordinator, professionalSeesCategory, type Performer, type SharingPolicy } from './sharing.policy.js';
