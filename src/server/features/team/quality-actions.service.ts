import { qualityDecisions, type QualityDecision } from '../../../domain/evaluations.js';
import { qualityActionStage } from '../../../domain/quality-cycle.js';
import type { QualityAction, QualityActionBody, QualityActionList } from '../../../shared/team.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { createQualityActionsRepository, type QualityActionRow, type QualityActionValues } from './quality-actions.repository.js';
import { ownTeam } from './team-scope.js';
import { createTeamRepository } from './team.repository.js';

/** A body of the right shape that the team refuses (422, naming the field). */
export class QualityActionRuleError extends AppError {
  constructor(code: string, field: string, message: string, fieldMessage: string) {
    super(422, code, message, [{ field, code, message: fieldMessage }]);
  }
}

const decisionOf = (value: string | null): QualityDecision | null =>
  qualityDecisions.find((decision) => decision === value) ?? null;

export function presentQualityAction(row: QualityActionRow): QualityAction {
  return {
    id: row.id,
    theme: row.theme,
    what: row.what,
    why: row.why,
    owner: row.owner_professional_id === null ? null : { id: row.owner_professional_id, name: row.ownerName ?? '' },
    dueOn: row.due_on,
    checkResult: row.check_result,
    checkedOn: row.checked_on,
    decision: decisionOf(row.decision),
    decisionNote: row.decision_note,
    stage: qualityActionStage({
      ownerProfessionalId: row.owner_professional_id,
      dueOn: row.due_on,
      checkResult: row.check_result,
      decision: row.decision,
    }),
    createdAt: row.created_at,
    createdBy: row.createdByName ?? '',
    updatedAt: row.updated_at,
    updatedBy: row.updatedByName ?? '',
  };
}

// Text the form left empty is stored as nothing, so that an empty check does not count as checked.
const orNull = (text: string | null): string | null => (text === null || text.trim() === '' ? null : text);

function valuesOf(body: QualityActionBody): QualityActionValues {
  return {
    theme: body.theme,
    what: body.what,
    why: body.why,
    owner_professional_id: body.ownerProfessionalId,
    due_on: body.dueOn,
    check_result: orNull(body.checkResult),
    checked_on: body.checkedOn,
    decision: body.decision,
    decision_note: orNull(body.decisionNote),
  };
}

/** The owner must work in the team: an action is the team's own work. */
async function checkOwner(executor: DbExecutor, teamId: string, ownerProfessionalId: string | null): Promise<void> {
  if (ownerProfessionalId === null) return;
  const owners = await createQualityActionsRepository(executor).listTeamProfessionals(teamId);
  if (!owners.some((owner) => owner.id === ownerProfessionalId))
    throw new QualityActionRuleError(
      'owner_not_in_team',
      'ownerProfessionalId',
      'The owner of an improvement action must be a professional of this team.',
      'must be a professional of this team',
    );
}

// The team's improvement actions (PRODUCT.md §7, PDCA): its care professionals read and write them,
// each their own team's. An action is about the team's way of working, not about a client, so, like
// the organisation's structure, it is not part of the client audit log.
export function createQualityActionsService(db: Db) {
  const teams = createTeamRepository(db);
  const actions = createQualityActionsRepository(db);

  return {
    async list(actor: Actor, teamId: string): Promise<QualityActionList> {
      const team = await ownTeam(teams, actor, teamId);
      return {
        team: { id: team.id, name: team.name },
        actions: (await actions.list(team.id)).map(presentQualityAction),
        owners: await actions.listTeamProfessionals(team.id),
        abilities: { write: true },
      };
    },

    async create(actor: Actor, teamId: string, body: QualityActionBody): Promise<QualityAction> {
      return db.transaction().execute(async (trx) => {
        const team = await ownTeam(createTeamRepository(trx), actor, teamId);
        await checkOwner(trx, team.id, body.ownerProfessionalId);
        const repository = createQualityActionsRepository(trx);
        const id = await repository.insert(team.id, valuesOf(body), actor.accountId);
        const created = await repository.find(team.id, id);
        if (!created) throw new NotFoundError();
        return presentQualityAction(created);
      });
    },

    /** Changes the action whole: a later stage is filled in by sending the earlier ones along. */
    async update(actor: Actor, teamId: string, actionId: string, body: QualityActionBody): Promise<QualityAction> {
      return db.transaction().execute(async (trx) => {
        const team = await ownTeam(createTeamRepository(trx), actor, teamId);
        const repository = createQualityActionsRepository(trx);
        if (!(await repository.find(team.id, actionId))) throw new NotFoundError();
        await checkOwner(trx, team.id, body.ownerProfessionalId);
        await repository.update(team.id, actionId, valuesOf(body), actor.accountId);
        const updated = await repository.find(team.id, actionId);
        if (!updated) throw new NotFoundError();
        return presentQualityAction(updated);
      });
    },
  };
}
export type QualityActionsService = ReturnType<typeof createQualityActionsService>;
