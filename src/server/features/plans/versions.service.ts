import type { Adoption, AdoptionBody, Version, VersionList } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { dutchToday } from '../../platform/ids/ids.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createGroupHistoryRepository } from '../groups/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { meetingOfTheDay, namedMeeting } from './adoption-meeting.js';
import { editableClient, groupToChange, groupToRead, readableClient } from './plan-scope.js';
import { presentAdoption, presentHeader, presentVersionSummary, storedContent } from './plans.presenter.js';
import { createPlanVersionsRepository, type VersionRow } from './plan-versions.repository.js';
import { createPlansRepository, type PlanClient } from './plans.repository.js';

// The plan's versions (every change kept, with author and "on behalf of") and its adoption at a
// meeting. A version holds the signalling plan too, so the history is for whoever sees both parts.
export function createVersionsService(db: Db, audit: AuditLog) {
  const plans = createPlansRepository(db);
  const versions = createPlanVersionsRepository(db);
  const written = createGroupHistoryRepository(db);

  async function historyClient(actor: Actor, clientId: string): Promise<PlanClient> {
    const client = await readableClient(db, plans, actor, clientId, 'plan');
    if (!(await createSharingPolicy(db).canSeeCategory(actor, clientId, 'signal_plan'))) {
      throw new ForbiddenError('The versions hold the signalling plan too, which the client does not share with you.');
    }
    return client;
  }

  /** The names of the authors and of those they acted for, as this client knows them. */
  const namesIn = (clientId: string, rows: readonly VersionRow[]) =>
    written.namesOf(clientId, [
      ...new Set(
        rows.flatMap((row) => [
          row.author_account_id,
          ...(row.on_behalf_of_account_id === null ? [] : [row.on_behalf_of_account_id]),
        ]),
      ),
    ]);

  return {
    /** Every version, newest first. */
    async list(actor: Actor, clientId: string): Promise<VersionList> {
      const client = await historyClient(actor, clientId);
      const group = await groupToRead(plans, clientId);
      const plan = await plans.findPlan(group.id);
      const rows = plan ? await versions.listVersions(plan.id) : [];
      const adoptions = plan ? await versions.listAdoptions(plan.id) : [];
      const names = await namesIn(clientId, rows);
      await audit.record(actor, [{ action: 'read', dataCategory: 'plan', clientId, objectId: plan?.id ?? null }]);
      return {
        ...presentHeader(client, group, plan?.version ?? 0, adoptions),
        versions: rows.map((row) => presentVersionSummary(row, storedContent(row.content), names, adoptions)),
      };
    },

    /** One version whole, as it was after its change. */
    async one(actor: Actor, clientId: string, number: number): Promise<Version> {
      await historyClient(actor, clientId);
      const group = await groupToRead(plans, clientId);
      const plan = await plans.findPlan(group.id);
      const row = plan ? await versions.findVersion(plan.id, number) : undefined;
      if (!plan || !row) throw new NotFoundError('This version of the plan does not exist.');
      const adoptions = await versions.listAdoptions(plan.id);
      const names = await namesIn(clientId, [row]);
      const content = storedContent(row.content);
      await audit.record(actor, [{ action: 'read', dataCategory: 'plan', clientId, objectId: plan.id }]);
      return { ...presentVersionSummary(row, content, names, adoptions), content };
    },

    /**
     * "Agreed at the meeting of <date>": the plan's current version, recorded as adopted. Adopting adds
     * no version (the content did not change); the adopted version stays readable in the history.
     * The meeting is the one named, or else the day's only held meeting of the group, if any.
     */
    async adopt(actor: Actor, clientId: string, body: AdoptionBody): Promise<Adoption> {
      return db.transaction().execute(async (trx) => {
        const repository = createPlansRepository(trx);
        const kept = createPlanVersionsRepository(trx);
        const { performer } = await editableClient(trx, repository, actor, clientId, 'plan');
        const group = await groupToChange(repository, clientId);
        const plan = await repository.findPlan(group.id);
        // Locked like a change, so that the version recorded is the one the meeting saw last.
        const version = plan ? await repository.lockPlan(plan.id) : 0;
        if (!plan || version === 0) {
          throw new ConflictError(
            'nothing_to_adopt',
            'The plan is still empty. Write goals or agreements first; then the group can agree on it.',
          );
        }
        if (body.meetingOn > dutchToday()) {
          throw new ValidationError([
            {
              field: 'meetingOn',
              code: 'in_future',
              message: 'must be the day of a meeting that has taken place (today or before)',
            },
          ]);
        }
        const now = new Date();
        const meetingId =
          body.meetingId === undefined
            ? meetingOfTheDay(await repository.listMeetingsOn(group.id, body.meetingOn), now)
            : namedMeeting(await repository.findMeeting(group.id, body.meetingId), body.meetingOn, now);
        const same = (await kept.listAdoptions(plan.id)).find(
          (a) => a.version === version && a.meeting_on === body.meetingOn && a.meeting_id === meetingId,
        );
        if (same) return presentAdoption(same);
        const adoption = await kept.insertAdoption({
          planId: plan.id,
          version,
          meetingOn: body.meetingOn,
          meetingId,
          byAccountId: actor.accountId,
          onBehalfOfAccountId: performer.onBehalfOfAccountId,
        });
        await audit.append(trx, actor, [
          {
            action: 'create',
            dataCategory: 'plan',
            clientId,
            objectId: plan.id,
            onBehalfOfAccountId: performer.onBehalfOfAccountId,
          },
        ]);
        return presentAdoption(adoption);
      });
    },
  };
}
export type VersionsService = ReturnType<typeof createVersionsService>;
