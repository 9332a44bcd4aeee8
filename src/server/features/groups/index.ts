export { changeMemberStatus, type StatusChange } from './member-status.js';
