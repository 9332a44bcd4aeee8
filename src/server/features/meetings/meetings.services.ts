import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Db } from '../../platform/db/database.js';
import { createMeetingsService } from './meetings.service.js';
import { createMinutesService } from './minutes.service.js';
import { createMyMeetingsService } from './my-meetings.service.js';
import { createRhythmService } from './rhythm.service.js';

/** The meetings feature's services: meetings and their invitations, the rhythm, one's own meetings, and minutes. */
export function createMeetingsServices(db: Db, audit: AuditLog) {
  return {
    meetings: createMeetingsService(db, audit),
    rhythm: createRhythmService(db, audit),
    myMeetings: createMyMeetingsService(db, audit),
    minutes: createMinutesService(db, audit),
  };
}
export type MeetingsServices = ReturnType<typeof createMeetingsServices>;
