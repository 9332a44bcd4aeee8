import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Db } from '../../platform/db/database.js';
import { createGroupsService } from './groups.service.js';
import { createHandoverService } from './handover.service.js';
import { createMembersService, type MemberInviter } from './members.service.js';

export type { MemberInviter };

/** The groups feature's services; `inviter` sends the invitation mail (the invitations feature). */
export function createGroupsServices(db: Db, audit: AuditLog, inviter: MemberInviter) {
  return {
    groups: createGroupsService(db, audit),
    members: createMembersService(db, audit, inviter),
    handover: createHandoverService(db, audit),
  };
}
