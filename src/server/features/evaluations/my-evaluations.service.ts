import type { MyEvaluations } from '../../../shared/evaluations.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { evaluationScopeOrNull, isStillAsked, today } from './evaluation-scope.js';
import { respondentTypeOfRow } from './evaluations.presenter.js';
import { createEvaluationsRepository } from './evaluations.repository.js';

// The questionnaires waiting for the signed-in person, across every group they are asked in (their
// home page). Each answer is logged as a read of the evaluations of every client it names.
export function createMyEvaluationsService(db: Db, audit: AuditLog) {
  const evaluations = createEvaluationsRepository(db);

  return {
    /** Every open round the caller was asked in and has not answered, soonest closing first. */
    async mine(actor: Actor): Promise<MyEvaluations> {
      const rows = await evaluations.listWaitingFor(actor.accountId, today());
      // Whether they still see the group, and still from the place they were asked from, is asked
      // afresh: a member who left, or whose place as a relative ended, has nothing waiting.
      const scopes = new Map<string, Awaited<ReturnType<typeof evaluationScopeOrNull>>>();
      for (const clientId of new Set(rows.map((row) => row.clientId)))
        scopes.set(clientId, await evaluationScopeOrNull(db, actor, clientId, 'answer'));
      const open: MyEvaluations['open'] = [];
      for (const row of rows) {
        const scope = scopes.get(row.clientId);
        if (!scope || scope === 'no_group' || scope.group.id !== row.groupId || !isStillAsked(scope.relation, row.memberId))
          continue;
        open.push({
          roundId: row.roundId,
          client: { id: row.clientId, name: row.clientName },
          groupName: row.groupName,
          closesOn: row.closesOn,
          respondentType: respondentTypeOfRow(row.respondentType),
        });
      }
      const clientIds = [...new Set(open.map((round) => round.client.id))];
      if (clientIds.length > 0)
        await audit.record(
          actor,
          clientIds.map((clientId) => ({ action: 'read' as const, dataCategory: 'evaluations' as const, clientId })),
        );
      return { open };
    },
  };
}
export type MyEvaluationsService = ReturnType<typeof createMyEvaluationsService>;
