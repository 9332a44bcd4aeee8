export { evaluationJobHandlers } from './evaluation-jobs.js';
export { createEvaluationsServices, type EvaluationsServices } from './evaluations.services.js';
export { evaluationsRoutes } from './evaluations.routes.js';
export { respondentInstrument } from './instruments-in-force.js';
export { createInstrumentsService } from './instruments.service.js';
export { instrumentsRoutes } from './instruments.routes.js';
export { createResultsService } from './results.service.js';
export { resultsRoutes } from './results.routes.js';
