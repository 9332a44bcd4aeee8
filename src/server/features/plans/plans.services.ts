import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Db } from '../../platform/db/database.js';
import { createAgreementsService } from './agreements.service.js';
import { createGoalLimitsService } from './goal-limits.service.js';
import { createGoalsService } from './goals.service.js';
import { createMyAgreementsService } from './my-agreements.service.js';
import { createPlanEditor } from './plan-change.js';
import { createPlanExportService } from './plan-export.service.js';
import { createPlansService } from './plans.service.js';
import { createSignalPlanService } from './signal-plan.service.js';
import { createVersionsService } from './versions.service.js';

/** The plan feature's services; the changes share one editor, which versions and audits each. */
export function createPlansServices(db: Db, audit: AuditLog) {
  const edit = createPlanEditor(db, audit);
  return {
    plans: createPlansService(db, audit),
    goals: createGoalsService(edit),
    agreements: createAgreementsService(edit),
    signalPlan: createSignalPlanService(db, audit, edit),
    versions: createVersionsService(db, audit),
    exports: createPlanExportService(db, audit),
    myAgreements: createMyAgreementsService(db, audit),
    goalLimits: createGoalLimitsService(db),
  };
}
export type PlansServices = ReturnType<typeof createPlansServices>;
