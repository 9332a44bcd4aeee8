export { meetingJobHandlers, scheduleReminder } from './meeting-jobs.js';
export { createMeetingsServices, type MeetingsServices } from './meetings.services.js';
export { meetingsRoutes } from './meetings.routes.js';
export { minutesRoutes } from './minutes.routes.js';
// The caseload and the team's figures read each group's rhythm the way the group page does.
export { rhythmsOfGroups } from './rhythm.service.js';
