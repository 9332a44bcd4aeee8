export { ClientAuditLogPage } from './ClientAuditLogPage.js';
export { ProfessionalAuditLogPage } from './ProfessionalAuditLogPage.js';
