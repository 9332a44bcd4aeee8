import type { DbTransaction } from '../platform/db/database.js';
import { newId } from '../platform/ids/ids.js';
import { groupStories } from './demo-groups.js';
import { storyProfessionals, type GroupStory } from './groups/story.js';
import { daanPlan } from './plans/daan.js';
import { joepPlan } from './plans/joep.js';
import { keesPlan } from './plans/kees.js';
import { noorPlan } from './plans/noor.js';
import { replayPlanStory, type PlanMember, type ReplayedPlan } from './plans/replay.js';
import { sannePlan } from './plans/sanne.js';
import type { PlanStory } from './plans/story.js';

// The demo groups' plans (PRODUCT.md §5), one per group, told as stories of changes like the groups
// themselves (demo-groups.ts): dates count back from the day of loading. Each change is replayed
// against the method's rules (plans/replay.ts) and leaves a version with the plan's whole content,
// as Regie itself would have written it; a story that breaks a rule fails the whole demo.

/**
 * The plan stories of phases 1 and 3 to 6. Fatima's group (phase 2) has none yet: plans are the
 * planning phase's work, and the demo keeps one group where a plan is written from an empty page.
 */
export const planStories: readonly PlanStory[] = [joepPlan, sannePlan, keesPlan, noorPlan, daanPlan];

const dayMs = 86_400_000;

/**
 * Writes the demo groups' plans inside the demo's transaction, after loadDemoGroups: the
 * members the stories name are read back from the groups it wrote.
 */
export async function loadDemoPlans(trx: DbTransaction, today: Date): Promise<void> {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const at = (daysAgo: number, minutes: number) => new Date(midnight - daysAgo * dayMs + minutes * 60_000).toISOString();
  const date = (daysAgo: number) => new Date(midnight - daysAgo * dayMs).toISOString().slice(0, 10);
  const accountOf = async (email: string) =>
    (await trx.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const coordinator = await accountOf(storyProfessionals.coordinator);
  const formerCoordinator = await accountOf(storyProfessionals.former_coordinator);

  for (const story of planStories) {
    const group = groupStories.find((candidate) => candidate.client === story.client);
    if (!group) throw new Error(`Demo plan of ${story.client}: no group story`);
    const client = await trx
      .selectFrom('clients')
      .innerJoin('accounts', 'accounts.id', 'clients.account_id')
      .innerJoin('groups', 'groups.client_id', 'clients.id')
      .select(['clients.id', 'accounts.id as accountId', 'groups.id as groupId'])
      .where('accounts.email', '=', story.client)
      .where('groups.closed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const plan = replayPlanStory(story, {
      group,
      clientAccount: client.accountId,
      members: await membersOf(trx, client.groupId, group),
      // The coordinator of the day: the former one until the handover, as in demo-groups.ts.
      coordinatorOn: (daysAgo) =>
        group.handoverDaysAgo !== undefined && daysAgo > group.handoverDaysAgo ? formerCoordinator : coordinator,
      at,
      date,
    });
    await writePlan(trx, { clientId: client.id, groupId: client.groupId }, plan);
  }
}

/** The group's memberships by the person's key in the group story, with their accounts and steps. */
async function membersOf(trx: DbTransaction, groupId: string, story: GroupStory): Promise<Map<string, PlanMember>> {
  const rows = await trx
    .selectFrom('group_members')
    .leftJoin('relatives', 'relatives.id', 'group_members.relative_id')
    .leftJoin('professionals', 'professionals.id', 'group_members.professional_id')
    .select([
      'group_members.id',
      'group_members.network_person_id as personId',
      'group_members.name',
      'relatives.account_id as relativeAccount',
      'professionals.account_id as professionalAccount',
    ])
    .where('group_members.group_id', '=', groupId)
    .execute();
  const people = await trx
    .selectFrom('network_people')
    .innerJoin('groups', 'groups.client_id', 'network_people.client_id')
    .select(['network_people.id', 'network_people.name'])
    .where('groups.id', '=', groupId)
    .execute();
  const members = new Map<string, PlanMember>();
  for (const member of story.members) {
    const name = story.people.find((person) => person.key === member.person)?.name;
    const personId = people.find((person) => person.name === name)?.id;
    const row = rows.find((candidate) => candidate.personId === personId);
    if (!row) throw new Error(`Demo plan of ${story.client}: ${member.person} has no membership`);
    members.set(member.person, {
      id: row.id,
      name: row.name,
      accountId: row.relativeAccount ?? row.professionalAccount ?? null,
      // A membership's status on a day is its last step on or before that day.
      statusOn: (daysAgo) => member.steps.filter((step) => step[1] >= daysAgo).at(-1)?.[0] ?? null,
    });
  }
  return members;
}

async function writePlan(trx: DbTransaction, where: { clientId: string; groupId: string }, plan: ReplayedPlan): Promise<void> {
  const first = plan.versions[0];
  const last = plan.versions.at(-1);
  if (!first || !last) throw new Error('a demo plan without versions');
  if (plan.delegatedAt !== null) {
    await trx
      .insertInto('delegations')
      .values({ client_id: where.clientId, task: 'edit_plan', granted_at: plan.delegatedAt })
      .execute();
  }
  const planId = newId();
  await trx
    .insertInto('plans')
    .values({
      id: planId,
      group_id: where.groupId,
      version: last.number,
      signal_plan: plan.signalPlan === null ? null : JSON.stringify(plan.signalPlan),
      created_at: first.changedAt,
      updated_at: last.changedAt,
    })
    .execute();
  // Long-term goals first: a short-term goal refers to the long-term goal it serves.
  const longFirst = [...plan.goals.filter((g) => g.horizon === 'long'), ...plan.goals.filter((g) => g.horizon !== 'long')];
  for (const goal of longFirst) {
    await trx
      .insertInto('plan_goals')
      .values({
        id: goal.id,
        plan_id: planId,
        horizon: goal.horizon,
        text: goal.text,
        dimension: goal.dimension,
        measure: goal.measure,
        target_on: goal.targetOn,
        status: goal.status,
        serves_goal_id: goal.servesGoalId,
        created_at: goal.createdAt,
        updated_at: goal.updatedAt,
      })
      .execute();
  }
  for (const score of plan.progress) {
    await trx
      .insertInto('goal_progress')
      .values({
        id: newId(),
        goal_id: score.goalId,
        scored_on: score.date,
        score: score.score,
        note: score.note,
        meeting_id: null,
        recorded_at: score.recordedAt,
        recorded_by_account_id: score.recordedByAccountId,
      })
      .execute();
  }
  for (const agreement of plan.agreements) {
    await trx
      .insertInto('plan_agreements')
      .values({
        id: agreement.id,
        plan_id: planId,
        what: agreement.what,
        member_id: agreement.memberId,
        due_on: agreement.dueOn,
        goal_id: agreement.goalId,
        status: agreement.status,
        done_at: agreement.doneAt,
        done_by_account_id: agreement.doneByAccountId,
        created_at: agreement.createdAt,
        updated_at: agreement.updatedAt,
      })
      .execute();
  }
  for (const version of plan.versions) {
    await trx
      .insertInto('plan_versions')
      .values({
        id: newId(),
        plan_id: planId,
        number: version.number,
        changed_at: version.changedAt,
        author_account_id: version.authorAccountId,
        on_behalf_of_account_id: version.onBehalfOfAccountId,
        change: JSON.stringify(version.change),
        content: JSON.stringify(version.content),
      })
      .execute();
  }
  for (const adoption of plan.adoptions) {
    await trx
      .insertInto('plan_adoptions')
      .values({
        id: newId(),
        plan_id: planId,
        version: adoption.version,
        meeting_on: adoption.meetingOn,
        meeting_id: null,
        adopted_at: adoption.adoptedAt,
        adopted_by_account_id: adoption.adoptedByAccountId,
        on_behalf_of_account_id: adoption.onBehalfOfAccountId,
      })
      .execute();
  }
}
