// The plan names the authors of its versions as the group's history does.
export { createGroupHistoryRepository } from './group-history.repository.js';
export { changeMemberStatus, type StatusChange } from './member-status.js';
export { groupsRoutes } from './groups.routes.js';
export { createGroupsServices, type MemberInviter } from './groups.services.js';
export {
  answerGroupInvitations,
  leaveGroupsOfEndedRelative,
  pendingGroupInvitations,
  type AnsweredMembership,
  type PendingGroupInvitation,
} from './relative-memberships.js';
