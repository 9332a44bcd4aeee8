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
