import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Db } from '../../platform/db/database.js';
import { createCaseloadService } from './caseload.service.js';
import { createFiguresService } from './figures.service.js';
import { createQualityActionsService } from './quality-actions.service.js';

/** The team feature's services: the caseload, the team's figures and its quality cycle. */
export function createTeamServices(db: Db, audit: AuditLog) {
  return {
    caseload: createCaseloadService(db, audit),
    figures: createFiguresService(db, audit),
    qualityActions: createQualityActionsService(db),
  };
}
export type TeamServices = ReturnType<typeof createTeamServices>;
