export { meetingJobHandlers, scheduleReminder } from './meeting-jobs.js';
export { createMeetingsServices, type MeetingsServices } from './meetings.services.js';
export { meetingsRoutes } from './meetings.routes.js';
export { minutesRoutes } from './minutes.routes.js';
