export { auditLogRoutes } from './audit-log.routes.js';
export { createAuditLogService } from './audit-log.service.js';
