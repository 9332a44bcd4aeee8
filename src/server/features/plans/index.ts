export { myAgreementsRoutes } from './my-agreements.routes.js';
export { loadPlanContent } from './plan-content.js';
export { plansRoutes } from './plans.routes.js';
export { createPlansServices, type PlansServices } from './plans.services.js';
