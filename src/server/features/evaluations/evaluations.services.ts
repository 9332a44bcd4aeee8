import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Db } from '../../platform/db/database.js';
import { createEvaluationsService } from './evaluations.service.js';
import { createMyEvaluationsService } from './my-evaluations.service.js';

/** The evaluation rounds' services: a group's rounds and their responses, and one's own waiting questionnaires. */
export function createEvaluationsServices(db: Db, audit: AuditLog) {
  return {
    rounds: createEvaluationsService(db, audit),
    myEvaluations: createMyEvaluationsService(db, audit),
  };
}
export type EvaluationsServices = ReturnType<typeof createEvaluationsServices>;
