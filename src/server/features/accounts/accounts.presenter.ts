import type { Me } from '../../../shared/accounts.js';
import type { Actor } from '../../platform/context.js';
import type { AccountsRepository } from './accounts.repository.js';

/** The signed-in person as the API shows them to themself. */
export async function presentMe(accounts: AccountsRepository, actor: Actor): Promise<Me> {
  const place = actor.professional
    ? await accounts.organisationAndTeam(actor.professional.organisationId, actor.professional.teamId)
    : { organisation: null, team: null };
  const secondFactor = await accounts.secondFactorOf(actor.accountId);
  return {
    accountId: actor.accountId,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    locale: actor.locale,
    organisation: place.organisation,
    team: place.team,
    clientId: actor.clientId,
    relativeOf: await accounts.clientNames(actor.relativeOfClientIds),
    secondFactor: { enabled: secondFactor.confirmed, required: actor.professional !== null },
  };
}
