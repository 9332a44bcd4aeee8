import type { StartEvaluation, StartEvaluationBody } from '../../../shared/meetings.js';
import type { AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { createSharingPolicy } from '../sharing/index.js';
import { isHeld, isStartEvaluator, meetingOfClient } from './meeting-scope.js';
import { presentStartEvaluation } from './meetings.presenter.js';
import { createMeetingsRepository } from './meetings.repository.js';
import { createStartEvaluationRepository } from './start-evaluation.repository.js';

/** The phase 4 checklist item the evaluation completes (src/domain/phases.ts). */
const startEvaluatedItem = 'start_evaluated';

const evaluators = 'The client and their coordinator evaluate the start meeting together.';

// The short evaluation client and coordinator hold after the start meeting (PRODUCT.md §6): how it
// went, what to keep, what to change. Both record it, each in their own name: it is their shared
// conversation, not a task the coordinator does for the client. Saving it again replaces it.
export function createStartEvaluationService(db: Db, audit: AuditLog) {
  return {
    async saveStartEvaluation(
      actor: Actor,
      clientId: string,
      meetingId: string,
      body: StartEvaluationBody,
    ): Promise<StartEvaluation> {
      return db.transaction().execute(async (trx) => {
        const evaluations = createStartEvaluationRepository(trx);
        const { client, meeting } = await meetingOfClient(createMeetingsRepository(trx), clientId, meetingId);
        if (!isStartEvaluator(actor, client)) {
          throw (await createSharingPolicy(trx).canSeeCategory(actor, clientId, 'meetings'))
            ? new ForbiddenError(evaluators)
            : new NotFoundError();
        }
        if (meeting.kind !== 'start')
          throw new ConflictError('not_start_meeting', 'Only the start meeting has an evaluation afterwards.');
        if (meeting.status === 'cancelled')
          throw new ConflictError('meeting_cancelled', 'This meeting was cancelled, so there is nothing to evaluate.');
        if (!isHeld(meeting))
          throw new ConflictError(
            'meeting_not_held',
            'The start meeting is evaluated after it has been held. It has not begun yet.',
          );

        const existing = await evaluations.findStartEvaluation(meetingId);
        const row = {
          meeting_id: meetingId,
          how_did_it_go: body.howDidItGo,
          what_to_keep: body.whatToKeep,
          what_to_change: body.whatToChange,
          recorded_at: nowIso(),
          recorded_by_account_id: actor.accountId,
          on_behalf_of_account_id: null,
        };
        await evaluations.saveStartEvaluation(row);
        const ticked = await evaluations.tick(meeting.group_id, startEvaluatedItem, actor.accountId);
        const events: AuditEvent[] = [
          { action: existing ? 'update' : 'create', dataCategory: 'meetings', clientId, objectId: meetingId },
          ...(ticked
            ? [{ action: 'update' as const, dataCategory: 'group' as const, clientId, objectId: meeting.group_id }]
            : []),
        ];
        await audit.append(trx, actor, events);
        return presentStartEvaluation(row);
      });
    },
  };
}
