import type { Group } from '../../../shared/groups.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { canSeeClient } from '../clients/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { gatherGroupFacts } from './group-facts.js';
import { isGroupDirector, mayManageProfessionals, maySeeConversations } from './groups.policy.js';
import { presentGroup, type GroupViewer } from './groups.presenter.js';
import type { AccountStanding, GroupClient, GroupRow, GroupsRepository, MemberRow } from './groups.repository.js';

// What every groups service call starts from: the client the actor may see, the client's active
// group, and the caller's view of it. "Not found" and "not yours" answer alike (404).

/** The client, if the actor may see them at all (a relative: only while their place is live). */
export async function readableClient(repository: GroupsRepository, actor: Actor, clientId: string): Promise<GroupClient> {
  const client = await repository.findClient(clientId);
  if (!client) throw new NotFoundError();
  if (canSeeClient(actor, client)) return client;
  if (actor.role === 'relative' && (await repository.findLiveRelativeByAccount(clientId, actor.accountId))) return client;
  throw new NotFoundError();
}

/** The client, for someone of their circle who may see them but not a relative: 404, then the rule's 403. */
export async function clientFor(
  repository: GroupsRepository,
  actor: Actor,
  clientId: string,
  rule: (actor: Actor, client: GroupClient) => boolean,
  refusal: string,
): Promise<GroupClient> {
  const client = await repository.findClient(clientId);
  if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
  if (!rule(actor, client)) throw new ForbiddenError(refusal);
  return client;
}

/** The changes that direct the group: the client and their own coordinator. */
export const directedClient = (repository: GroupsRepository, actor: Actor, clientId: string) =>
  clientFor(repository, actor, clientId, isGroupDirector, 'The client directs their group, with their coordinator.');

export async function activeGroup(repository: GroupsRepository, clientId: string): Promise<GroupRow> {
  const group = await repository.findActiveGroup(clientId);
  if (!group) throw new NotFoundError('This client has no group yet.');
  return group;
}

export async function groupMember(repository: GroupsRepository, groupId: string, memberId: string): Promise<MemberRow> {
  const member = await repository.findMember(groupId, memberId);
  if (!member) throw new NotFoundError();
  return member;
}

/** The accounts behind the members, by id and by lowercased email, to tell who can be invited. */
export async function accountsOf(
  repository: GroupsRepository,
  members: readonly MemberRow[],
): Promise<Map<string, AccountStanding>> {
  const ids = members.map((m) => m.relativeAccountId).filter((id): id is string => id !== null);
  const emails = members
    .filter((m) => m.relative_id === null && m.personEmail !== null)
    .map((m) => (m.personEmail ?? '').toLowerCase());
  const accounts = await repository.findAccounts({ ids, emails });
  return new Map(
    accounts.flatMap((account) => [[account.id, account] as const, [account.email.toLowerCase(), account] as const]),
  );
}

/** What the actor may do with the group, read at this moment (delegations and sharing included). */
export async function viewerOf(
  executor: DbExecutor,
  actor: Actor,
  client: GroupClient,
  members: readonly MemberRow[],
): Promise<GroupViewer> {
  const sharing = createSharingPolicy(executor);
  const isRelative = actor.role === 'relative';
  const openClinicians = members
    .filter((m) => m.role === 'clinician' && m.status !== 'declined' && m.status !== 'left' && m.professional_id !== null)
    .map((m) => m.professional_id ?? '');
  return {
    isRelative,
    director: isGroupDirector(actor, client),
    mayInvite: !isRelative && (await sharing.performerFor(actor, client.id, 'invite_members')).kind !== 'nobody',
    mayManageProfessionals: mayManageProfessionals(actor, client),
    conversations: maySeeConversations(actor, client, openClinicians),
    networkMap: await sharing.canSeeCategory(actor, client.id, 'network_map'),
  };
}

/** The whole group as the actor may see it. */
export async function groupView(
  executor: DbExecutor,
  repository: GroupsRepository,
  actor: Actor,
  client: GroupClient,
  group: GroupRow,
): Promise<Group> {
  const members = await repository.listMembers(group.id);
  const [facts, ticks, accounts, viewer] = [
    await gatherGroupFacts(repository, client.id, members),
    await repository.manualTicks(group.id),
    await accountsOf(repository, members),
    await viewerOf(executor, actor, client, members),
  ];
  return presentGroup({ client, group, members, facts, ticks, accounts, viewer });
}
