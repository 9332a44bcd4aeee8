// Shared by the evaluation rounds' integration tests: the world's people signed in, a client of the
// world's team with a group of their own (so that each test starts without rounds), valid bodies, and
// short ways to call the routes and read what a change left behind. Not used by the app.
import { expect } from 'vitest';
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { RespondentType } from '../../../domain/evaluations.js';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import type { OpenRoundBody, ResponseBody, RoundSummary } from '../../../shared/evaluations.js';
import {
  createClient,
  createGroup,
  createMember,
  createNetworkPerson,
  createRelative,
  type World,
} from '../../testing/factories.js';
import { bodyOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import type { TestApp } from '../../testing/test-app.js';

export const evaluationsUrl = (clientId: string, rest = '') => `/api/clients/${clientId}/evaluations${rest}`;
export const roundUrl = (clientId: string, roundId: string, rest = '') => evaluationsUrl(clientId, `/${roundId}${rest}`);
export const myEvaluationsUrl = '/api/my-evaluations';

/** A day `days` from today in Amsterdam. */
export const dayFromToday = (days: number) => addDays(amsterdamDay(new Date()), days);

/** A full response to Regie's own instrument of `type`: every choice answered `code`, a remark. */
export function fullResponse(
  type: RespondentType,
  options: Partial<ResponseBody> & { code?: string; remark?: string } = {},
): ResponseBody {
  const { code = '4', remark = 'Fijn dat we dit samen doen.', ...rest } = options;
  const answers: ResponseBody['answers'] = {};
  const walk = (items: ReturnType<typeof regieInstrument>['item']) => {
    for (const item of items) {
      if (item.type === 'choice') answers[item.linkId] = { coding: { code } };
      if (item.type === 'text') answers[item.linkId] = { string: remark };
      if (item.item) walk(item.item);
    }
  };
  walk(regieInstrument(type, 'nl').item);
  return { answers, showWhenAlone: false, signed: false, ...rest };
}

/**
 * A client of the world's team with a group: the coordinator, the clinician and a relative as active
 * members with accounts, and someone from the map without one.
 */
export interface EvaluationsClient {
  id: string;
  name: string;
  accountId: string | null;
  groupId: string;
  groupName: string;
  relative: { id: string; name: string; email: string; accountId: string };
  relativeMemberId: string;
  coordinatorMemberId: string;
  clinicianMemberId: string;
  /** An active member Regie knows only from the network map: no account, so never asked. */
  mapOnly: { memberId: string; name: string };
}

export interface EvaluationCalls extends SignedIn {
  /** Opens a round as `who` (fails the test on anything but 201). */
  open(who: string, clientId: string, body?: Partial<OpenRoundBody>): Promise<RoundSummary>;
  /** A round as `who` sees it (fails the test on anything but 200). */
  round(who: string, clientId: string, roundId: string): Promise<RoundSummary>;
  /** Answers as `who` (fails the test on anything but 200). */
  answer(
    who: string,
    clientId: string,
    roundId: string,
    type: RespondentType,
    body?: Partial<ResponseBody>,
  ): Promise<RoundSummary>;
  /**
   * A new client with a group in `phase` (default 4), signed in as `as` (the client) and `${as}Relative`
   * (their relative, an active member); without an account only the relative signs in.
   */
  newClient(as: string, options?: { withAccount?: boolean; phase?: number }): Promise<EvaluationsClient>;
  /** Shares evaluation results with the relative, or stops. */
  shareEvaluations(as: string, clientId: string, relativeId: string, shared: boolean): Promise<void>;
}

export async function evaluationCalls(t: TestApp, w: World): Promise<EvaluationCalls> {
  const signedIn = await signInEach(t, worldPeople(w));
  const { cookie, get, send } = signedIn;

  return {
    ...signedIn,
    open: (who, clientId, body) =>
      bodyOf<RoundSummary>(send(who, 'POST', evaluationsUrl(clientId), { closesOn: dayFromToday(14), ...body }), 201),
    round: (who, clientId, roundId) => bodyOf<RoundSummary>(get(who, roundUrl(clientId, roundId))),
    answer: (who, clientId, roundId, type, body) =>
      bodyOf<RoundSummary>(send(who, 'PUT', roundUrl(clientId, roundId, '/response'), { ...fullResponse(type), ...body })),
    async newClient(as, options = {}) {
      const client = await createClient(t.db, {
        teamId: w.team.id,
        coordinatorId: w.coordinator.id,
        withAccount: options.withAccount ?? true,
      });
      const group = await createGroup(t.db, {
        clientId: client.id,
        createdByAccountId: w.coordinator.account_id,
        phase: options.phase ?? 4,
        name: `Groep van ${client.name}`,
      });
      const coordinatorMember = await createMember(t.db, {
        groupId: group.id,
        name: w.coordinator.name,
        kind: 'formal',
        role: 'coordinator',
        professionalId: w.coordinator.id,
      });
      const clinicianMember = await createMember(t.db, {
        groupId: group.id,
        name: w.clinician.name,
        kind: 'formal',
        role: 'clinician',
        professionalId: w.clinician.id,
      });
      const relative = await createRelative(t.db, { clientId: client.id });
      const relativeMember = await createMember(t.db, { groupId: group.id, name: relative.name, relativeId: relative.id });
      const neighbour = await createNetworkPerson(t.db, { clientId: client.id, relation: 'neighbour' });
      const mapOnly = await createMember(t.db, { groupId: group.id, name: neighbour.name, networkPersonId: neighbour.id });
      if (client.email !== null) cookie[as] = await t.signIn(client.email);
      cookie[`${as}Relative`] = await t.signIn(relative.email);
      return {
        id: client.id,
        name: client.name,
        accountId: client.account_id,
        groupId: group.id,
        groupName: group.name,
        relative: { id: relative.id, name: relative.name, email: relative.email, accountId: relative.account_id },
        relativeMemberId: relativeMember.id,
        coordinatorMemberId: coordinatorMember.id,
        clinicianMemberId: clinicianMember.id,
        mapOnly: { memberId: mapOnly.id, name: mapOnly.name },
      };
    },
    async shareEvaluations(as, clientId, relativeId, shared) {
      const response = await send(as, 'PUT', `/api/clients/${clientId}/sharing/${relativeId}`, {
        category: 'evaluation_results',
        shared,
      });
      expect(response.statusCode, response.body).toBe(200);
    },
  };
}

/** The round's invitation jobs: to which respondent rows; sorted. */
export async function invitationJobsOf(t: TestApp, roundId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('jobs').select('payload').where('kind', '=', 'evaluation.invitation').execute();
  return rows
    .map((row) => JSON.parse(row.payload) as { roundId: string; respondentId: string })
    .filter((payload) => payload.roundId === roundId)
    .map((payload) => payload.respondentId)
    .sort();
}

/** The round's respondents as stored: account, membership, type, answered. */
export async function respondentsOf(t: TestApp, roundId: string) {
  return t.db.selectFrom('evaluation_respondents').selectAll().where('round_id', '=', roundId).orderBy('name').execute();
}

export const linkQuestionnaireUrl = '/api/evaluation-link/questionnaire';
export const linkResponseUrl = '/api/evaluation-link/response';

/** The personal link's secret in a mail's text (`/vragenlijst#<token>`), or '' when there is none. */
export const linkTokenIn = (text: string | undefined): string => /\/vragenlijst#([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1] ?? '';

/**
 * Someone on the client's network map with an address, made an active member of the group: no
 * account, so a new round asks them with a mailed link. `kind` 'formal' for a professional from
 * another organisation.
 */
export async function addLinkMember(
  t: TestApp,
  client: { id: string; groupId: string },
  options: { kind?: 'informal' | 'formal'; email?: string } = {},
) {
  const email = options.email ?? `kaart-${crypto.randomUUID()}@test.regie.test`;
  const person = await createNetworkPerson(t.db, { clientId: client.id, relation: 'friend', email });
  const member = await createMember(t.db, {
    groupId: client.groupId,
    name: person.name,
    networkPersonId: person.id,
    kind: options.kind ?? 'informal',
  });
  return { memberId: member.id, personId: person.id, name: person.name, email };
}

/** The round's link mail jobs: to which respondent rows; sorted. */
export async function linkJobsOf(t: TestApp, roundId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('jobs').select('payload').where('kind', '=', 'evaluation.link').execute();
  return rows
    .map((row) => JSON.parse(row.payload) as { roundId: string; respondentId: string })
    .filter((payload) => payload.roundId === roundId)
    .map((payload) => payload.respondentId)
    .sort();
}
