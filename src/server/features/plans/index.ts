export { myAgreementsRoutes } from './my-agreements.routes.js';
export { statusValues } from './agreements.service.js';
// Meetings take the scores and agreements of approved minutes into the plan as one change of it.
export { createPlanEditor, type ChangeScope, type PlanEditor } from './plan-change.js';
export { loadPlanContent } from './plan-content.js';
export { plansRoutes } from './plans.routes.js';
export { createPlansServices, type PlansServices } from './plans.services.js';
