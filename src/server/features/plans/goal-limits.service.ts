import { defaultGoalLimits } from '../../../domain/phases.js';
import type { GoalLimits, GoalLimitsBody } from '../../../shared/plans.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { isOrganisationAdmin } from '../organisations/index.js';
import { goalLimitsOf } from './plans.policy.js';
import { createPlansRepository } from './plans.repository.js';

// An organisation may hold its plans to other goal limits than the method's (PRODUCT.md §5). Stored
// as null while it keeps the method's, so that it follows the method's own if they are ever changed.
export function createGoalLimitsService(db: Db) {
  const plans = createPlansRepository(db);

  function ownOrganisationId(actor: Actor): string {
    const organisationId = actor.professional?.organisationId;
    if (organisationId === undefined || !isOrganisationAdmin(actor, organisationId)) throw new ForbiddenError();
    return organisationId;
  }

  async function limitsOf(organisationId: string): Promise<GoalLimits> {
    const row = await plans.findOrganisationLimits(organisationId);
    if (!row) throw new NotFoundError();
    return {
      ...goalLimitsOf({ goalLimitLong: row.long, goalLimitShort: row.short }),
      methodDefault: row.long === null && row.short === null,
    };
  }

  return {
    limits: (actor: Actor): Promise<GoalLimits> => limitsOf(ownOrganisationId(actor)),

    async setLimits(actor: Actor, body: GoalLimitsBody): Promise<GoalLimits> {
      const organisationId = ownOrganisationId(actor);
      const methods = body.long === defaultGoalLimits.long && body.short === defaultGoalLimits.short;
      await plans.setOrganisationLimits(organisationId, methods ? { long: null, short: null } : body);
      return limitsOf(organisationId);
    },
  };
}
export type GoalLimitsService = ReturnType<typeof createGoalLimitsService>;
