import type { DbExecutor } from '../../platform/db/database.js';
import { agreementsQuery, type AgreementRow } from './plans.repository.js';

/** "Mijn afspraken": the groups a person takes part in, and their agreements there, across clients. */
export function createMyAgreementsRepository(db: DbExecutor) {
  const agreements = () => agreementsQuery(db);

  return {
    /** An agreement wherever it is, with the plan's group and client: for the one who does it. */
    findAgreementAnywhere(agreementId: string) {
      return agreements()
        .innerJoin('plans', 'plans.id', 'a.plan_id')
        .innerJoin('groups', 'groups.id', 'plans.group_id')
        .select(['groups.client_id as clientId', 'groups.id as groupId', 'groups.closed_at as groupClosedAt'])
        .where('a.id', '=', agreementId)
        .executeTakeFirst();
    },

    /**
     * The active memberships of open groups held through these relative places or this
     * professional, with the group and its client: the groups "Mijn afspraken" lists.
     */
    listActiveMembershipsOf(by: { relativeIds: readonly string[] } | { professionalId: string }) {
      let query = db
        .selectFrom('group_members as m')
        .innerJoin('groups as g', 'g.id', 'm.group_id')
        .innerJoin('clients as c', 'c.id', 'g.client_id')
        .select(['m.id as memberId', 'g.id as groupId', 'g.name as groupName', 'c.id as clientId', 'c.name as clientName'])
        .where('m.status', '=', 'active')
        .where('g.closed_at', 'is', null);
      if ('professionalId' in by) query = query.where('m.professional_id', '=', by.professionalId);
      else if (by.relativeIds.length === 0) return Promise.resolve([]);
      else query = query.where('m.relative_id', 'in', by.relativeIds);
      return query.orderBy('c.name').orderBy('g.id').execute();
    },

    /** The agreements not cancelled of one membership, or (no member given) of the whole group. */
    listAgreementsOf(groupId: string, memberId?: string): Promise<AgreementRow[]> {
      const query = agreements()
        .innerJoin('plans', 'plans.id', 'a.plan_id')
        .where('plans.group_id', '=', groupId)
        .where('a.status', '!=', 'cancelled');
      return (memberId === undefined ? query : query.where('a.member_id', '=', memberId))
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute();
    },

    /** The texts of goals by id, for naming the goal an agreement serves. */
    async goalTexts(goalIds: readonly string[]): Promise<Map<string, string>> {
      if (goalIds.length === 0) return new Map();
      const rows = await db.selectFrom('plan_goals').select(['id', 'text']).where('id', 'in', goalIds).execute();
      return new Map(rows.map((row) => [row.id, row.text]));
    },
  };
}
export type MyAgreementsRepository = ReturnType<typeof createMyAgreementsRepository>;
