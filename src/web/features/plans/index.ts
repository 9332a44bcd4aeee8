export { PlanHistoryPage } from './PlanHistoryPage.js';
export { PlanPage } from './PlanPage.js';
export { usePlanVisible } from './use-plan-visible.js';
export { GoalLimitsForm } from './GoalLimitsForm.js';
export { MyAgreementsPage } from './MyAgreementsPage.js';
export { PlanShortcuts } from './PlanShortcuts.js';
export { SignalPlanEditPage } from './SignalPlanEditPage.js';
export { SignalPlanPage } from './SignalPlanPage.js';
