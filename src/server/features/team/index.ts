export { teamRoutes } from './team.routes.js';
export { createTeamServices, type TeamServices } from './team.services.js';
