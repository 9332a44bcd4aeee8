export { organisationsRoutes } from './organisations.routes.js';
export { createOrganisationsService } from './organisations.service.js';
export { isOrganisationAdmin } from './organisations.policy.js';
