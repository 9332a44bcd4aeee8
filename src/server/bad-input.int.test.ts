import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  confirmSecondFactorBodySchema,
  loginBodySchema,
  secondFactorBodySchema,
  updateMeBodySchema,
} from '../shared/accounts.js';
import { createClientBodySchema, createRelativeBodySchema, endRelativeBodySchema } from '../shared/clients.js';
import {
  acceptInvitationBodySchema,
  completePasswordResetBodySchema,
  inspectInvitationBodySchema,
  passwordResetRequestBodySchema,
} from '../shared/invitations.js';
import {
  addProfessionalBodySchema,
  answerBodySchema,
  approachBodySchema,
  checklistTickBodySchema,
  groupNameBodySchema,
  handoverBodySchema,
  leaveBodySchema,
  movePhaseBodySchema,
  nominateBodySchema,
} from '../shared/groups.js';
import { createProfessionalBodySchema, createTeamBodySchema } from '../shared/organisations.js';
import { createSnapshotBodySchema, moveNetworkPersonBodySchema, networkPersonBodySchema } from '../shared/network.js';
import { updateDelegationsBodySchema, updateSharingBodySchema } from '../shared/sharing.js';
import {
  conversationSharingBodySchema,
  myConversationSharingBodySchema,
  recordConversationBodySchema,
} from '../shared/conversations.js';
import {
  adoptionBodySchema,
  agreementBodySchema,
  agreementStatusBodySchema,
  goalBodySchema,
  goalLimitsBodySchema,
  progressBodySchema,
  signalPlanBodySchema,
} from '../shared/plans.js';
import {
  meetingBodySchema,
  minutesBodySchema,
  replyBodySchema,
  rhythmBodySchema,
  startEvaluationBodySchema,
} from '../shared/meetings.js';
import {
  evaluationLinkBodySchema,
  evaluationLinkResponseBodySchema,
  loadInstrumentBodySchema,
  openRoundBodySchema,
  responseBodySchema,
} from '../shared/evaluations.js';
import { qualityActionBodySchema } from '../shared/team.js';
import { accessMatrix, type RouteKey } from './access-matrix.js';
import { regieInstrument } from '../domain/regie-evaluation.js';
import { hashToken } from './platform/auth/session-token.js';
import { totpCodeSync } from './platform/auth/totp.js';
import { newId, nowIso } from './platform/ids/ids.js';
import {
  createEvaluationRound,
  createMember,
  createNetworkPerson,
  createRelative,
  createWorld,
  testPassword,
  testTotpSecret,
  type World,
} from './testing/factories.js';
import { createQualityAction, qualityActionBody } from './features/team/team-testing.js';
import { rowCounts } from './testing/row-counts.js';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { evaluationResponseBody, futureMeetingBody, validBodies } from './testing/valid-bodies.js';
import type { Problem } from '../shared/problem.js';

// SECURITY.md: every input is validated at the edge; bad input gets a 4xx naming what to fix and
// changes nothing; no input produces a 5xx. Each route that takes a body is tried by a caller who
// may use it, so that only the body stands between the request and a change.

let serial = 0;
/** A recovery code of the coordinator, for the second step of the `pending` caller's sign-in. */
let recoveryCode = '';

/** Counts of attempts back to nothing (not removed: the tests compare row counts). */
const openThrottle = async (t: TestApp) => {
  await t.db.updateTable('sign_in_throttle').set({ failures: 0, locked_until: null }).execute();
};

// One invitation and one reset link for the whole file, for the other client's relative, put back in
// working order before every request: an accepted body uses the link up and sets a password.
const invitationToken = randomBytes(32).toString('base64url');
const resetToken = randomBytes(32).toString('base64url');
const restoreLink = (purpose: 'invitation' | 'password_reset', token: string) => async (t: TestApp, world: World) => {
  await openThrottle(t);
  const accountId = world.otherRelative.account_id;
  if (purpose === 'invitation')
    await t.db.updateTable('accounts').set({ password_hash: null }).where('id', '=', accountId).execute();
  await t.db.deleteFrom('account_tokens').where('account_id', '=', accountId).execute();
  await t.db
    .insertInto('account_tokens')
    .values({
      id: newId(),
      token_hash: hashToken(token),
      account_id: accountId,
      purpose,
      created_by_account_id: null,
      on_behalf_of_account_id: null,
      created_at: nowIso(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      used_at: null,
    })
    .execute();
};

// One evaluation link for the whole file: someone on the client's map with an address, an active
// member of the world's group, asked in its open round without an account. Put back in working order
// (unanswered, the round open, the link's hash stored) before every request.
const evaluationLinkToken = randomBytes(32).toString('base64url');
let evaluationLinkRespondent: string | null = null;
const restoreEvaluationLink = async (t: TestApp, world: World) => {
  await openThrottle(t);
  const groupId = world.clientGroup.group.id;
  const round = await t.db
    .selectFrom('evaluation_rounds')
    .select('id')
    .where('group_id', '=', groupId)
    .orderBy('opened_at')
    .executeTakeFirstOrThrow();
  if (evaluationLinkRespondent === null) {
    const person = await createNetworkPerson(t.db, { clientId: world.client.id, email: 'linkbuur@test.regie.test' });
    const member = await createMember(t.db, { groupId, name: person.name, networkPersonId: person.id });
    evaluationLinkRespondent = newId();
    const instrument = regieInstrument('relative', 'nl');
    await t.db
      .insertInto('evaluation_respondents')
      .values({
        id: evaluationLinkRespondent,
        round_id: round.id,
        account_id: null,
        member_id: member.id,
        name: person.name,
        respondent_type: 'relative',
        instrument_source: 'regie',
        instrument_url: instrument.url,
        instrument_version: instrument.version,
        invited_at: nowIso(),
        answered_at: null,
        show_when_alone: null,
        signed: null,
      })
      .execute();
  }
  await t.db.deleteFrom('evaluation_answers').where('respondent_id', '=', evaluationLinkRespondent).execute();
  await t.db.deleteFrom('evaluation_scores').where('respondent_id', '=', evaluationLinkRespondent).execute();
  await t.db
    .updateTable('evaluation_respondents')
    .set({ answered_at: null, show_when_alone: null, signed: null, link_token_hash: hashToken(evaluationLinkToken) })
    .where('id', '=', evaluationLinkRespondent)
    .execute();
  await t.db
    .updateTable('evaluation_rounds')
    .set({ closed_at: null, closed_by_account_id: null })
    .where('id', '=', round.id)
    .execute();
};

const bodyRoutes: {
  route: RouteKey;
  /** `pending`: the coordinator after the password, before the second factor. */
  caller: 'anonymous' | 'coordinator' | 'admin' | 'client' | 'relative' | 'pending';
  schema: z.ZodObject;
  /** A body the route accepts, new on every call: the base for "valid, plus one key too many". */
  valid: () => Record<string, unknown>;
  /**
   * Runs before every request: puts back what an accepted body, or a count of wrong attempts,
   * changed (a password, a used code, a lock), so that each request meets the same state.
   */
  reset?: (t: TestApp, world: World) => Promise<void>;
  /** The status of the valid body, when it is not the usual 201 (POST) or 200. */
  accepted?: number;
}[] = [
  {
    route: 'POST /api/auth/login',
    caller: 'anonymous',
    schema: loginBodySchema,
    valid: () => ({ email: 'iemand@voorbeeld.test', password: 'Een-wachtwoord-123' }),
    reset: openThrottle,
  },
  {
    route: 'POST /api/auth/second-factor',
    caller: 'pending',
    schema: secondFactorBodySchema,
    valid: () => ({ code: recoveryCode }),
    reset: async (t, world) => {
      await openThrottle(t);
      await t.db
        .updateTable('sessions')
        .set({ second_factor_failures: 0 })
        .where('account_id', '=', world.coordinator.account_id)
        .execute();
      await t.db
        .updateTable('recovery_codes')
        .set({ used_at: null })
        .where('account_id', '=', world.coordinator.account_id)
        .execute();
    },
    accepted: 200,
  },
  {
    route: 'POST /api/me/second-factor/confirm',
    caller: 'client',
    schema: confirmSecondFactorBodySchema,
    valid: () => ({ code: totpCodeSync(testTotpSecret) }),
    reset: async (t, world) => {
      await t.db
        .updateTable('accounts')
        .set({ totp_secret: testTotpSecret, totp_confirmed_at: null, totp_last_step: null })
        .where('id', '=', world.client.account_id ?? '')
        .execute();
    },
    accepted: 200,
  },
  {
    route: 'POST /api/me/password',
    caller: 'admin',
    schema: changePasswordBodySchema,
    valid: () => ({ currentPassword: testPassword, newPassword: `fiets regen koffie ${++serial}` }),
    reset: async (t, world) => {
      await openThrottle(t);
      const { password_hash } = await t.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('id', '=', world.researcher.account_id)
        .executeTakeFirstOrThrow();
      await t.db.updateTable('accounts').set({ password_hash }).where('id', '=', world.admin.account_id).execute();
    },
    accepted: 200,
  },
  { route: 'PATCH /api/me', caller: 'coordinator', schema: updateMeBodySchema, valid: () => ({ locale: 'en' }) },
  {
    route: 'POST /api/teams',
    caller: 'admin',
    schema: createTeamBodySchema,
    valid: () => ({ name: `Team ${++serial}`, type: 'fact' }),
  },
  {
    route: 'POST /api/professionals',
    caller: 'admin',
    schema: createProfessionalBodySchema,
    valid: () => ({ name: 'Nieuw', email: `nieuw-${++serial}@ggz.test`, role: 'clinician', teamId: null }),
  },
  {
    route: 'POST /api/clients',
    caller: 'coordinator',
    schema: createClientBodySchema,
    valid: () => ({ name: `Cliënt ${++serial}` }),
  },
  {
    route: 'POST /api/clients/:clientId/relatives',
    caller: 'coordinator',
    schema: createRelativeBodySchema,
    valid: () => ({ name: `Naaste ${++serial}`, relation: 'friend' }),
  },
  // Ending a place that has ended changes nothing and answers 200, so the valid body can be sent again.
  {
    route: 'POST /api/clients/:clientId/relatives/:relativeId/end',
    caller: 'coordinator',
    schema: endRelativeBodySchema,
    valid: () => ({ reason: `Reden ${++serial}` }),
    accepted: 200,
  },
  {
    route: 'PUT /api/clients/:clientId/sharing/:relativeId',
    caller: 'client',
    schema: updateSharingBodySchema,
    valid: () => ({ category: 'plan', shared: ++serial % 2 === 0 }),
  },
  {
    route: 'PUT /api/clients/:clientId/delegations',
    caller: 'client',
    schema: updateDelegationsBodySchema,
    valid: () => ({ tasks: ['edit_plan'] }),
  },
  {
    route: 'POST /api/invitations/inspect',
    caller: 'anonymous',
    schema: inspectInvitationBodySchema,
    valid: () => ({ token: invitationToken }),
    reset: restoreLink('invitation', invitationToken),
    accepted: 200,
  },
  {
    route: 'POST /api/invitations/accept',
    caller: 'anonymous',
    schema: acceptInvitationBodySchema,
    valid: () => ({ token: invitationToken, password: `fiets regen koffie ${++serial}` }),
    reset: restoreLink('invitation', invitationToken),
    accepted: 200,
  },
  {
    route: 'POST /api/auth/password-reset',
    caller: 'anonymous',
    schema: passwordResetRequestBodySchema,
    valid: () => ({ email: `vergeten-${++serial}@voorbeeld.test` }),
    reset: openThrottle,
    accepted: 202,
  },
  {
    route: 'POST /api/auth/password-reset/complete',
    caller: 'anonymous',
    schema: completePasswordResetBodySchema,
    valid: () => ({ token: resetToken, password: `fiets regen koffie ${++serial}` }),
    reset: restoreLink('password_reset', resetToken),
    accepted: 204,
  },
  // The group's routes, tried on the world's group; one reset puts the group back in its usual state
  // before every request (an accepted body moved a phase, a member or the coordinator), so that each
  // request meets the same group and the routes after these find it as the world made it.
  ...((): {
    route: RouteKey;
    caller: 'client' | 'coordinator' | 'anonymous';
    schema: z.ZodObject;
    valid: () => Record<string, unknown>;
    reset: (t: TestApp, world: World) => Promise<void>;
    accepted?: number;
  }[] => {
    // Ids of the world for the valid bodies, set by the reset (which runs before any valid body is made).
    const ids = { nomineePerson: '', otherProfessional: '' };
    const cleared = { approached_by: null, approached_on: null, answer: null, leave_reason: null, leave_note: null };
    const usual = async (t: TestApp, world: World) => {
      const groupId = world.clientGroup.group.id;
      ids.nomineePerson = world.clientGroup.nomineePerson.id;
      ids.otherProfessional = world.otherProfessional.id;
      await t.db
        .updateTable('groups')
        .set({ closed_at: nowIso() })
        .where('client_id', '=', world.client.id)
        .where('id', '!=', groupId)
        .where('closed_at', 'is', null)
        .execute();
      await t.db.updateTable('groups').set({ closed_at: null, phase: 2 }).where('id', '=', groupId).execute();
      await t.db.updateTable('clients').set({ coordinator_id: world.coordinator.id }).where('id', '=', world.client.id).execute();
      await t.db
        .updateTable('professionals')
        .set({ role: 'professional' })
        .where('id', '=', world.otherProfessional.id)
        .execute();
      const inGroup = () => t.db.updateTable('group_members').where('group_id', '=', groupId);
      await inGroup().set({ status: 'left' }).where('professional_id', '=', world.otherProfessional.id).execute();
      const coordinatorMemberships = await t.db
        .selectFrom('group_members')
        .select('id')
        .where('group_id', '=', groupId)
        .where('professional_id', '=', world.coordinator.id)
        .orderBy('created_at')
        .execute();
      for (const [index, { id }] of coordinatorMemberships.entries()) {
        await inGroup()
          .set(index === 0 ? { status: 'active', role: 'coordinator', ...cleared } : { status: 'left' })
          .where('id', '=', id)
          .execute();
      }
      await inGroup()
        .set({ status: 'active', relative_id: world.relative.id, ...cleared })
        .where('id', '=', world.clientGroup.member.id)
        .execute();
      await inGroup()
        .set({ status: 'left' })
        .where('network_person_id', '=', world.clientGroup.nomineePerson.id)
        .where('id', '!=', world.clientGroup.nominee.id)
        .execute();
      await inGroup()
        .set({ status: 'nominated', ...cleared })
        .where('id', '=', world.clientGroup.nominee.id)
        .execute();
      await t.db
        .updateTable('relatives')
        .set({ ended_at: null, ended_by_account_id: null, ended_reason: null })
        .where('id', '=', world.relative.id)
        .execute();
    };
    /** The usual group, then `member` (the relative's membership, `:memberId`) set as a route needs it. */
    const withMember = (values: { status: string; relative_id?: null }) => async (t: TestApp, world: World) => {
      await usual(t, world);
      await t.db.updateTable('group_members').set(values).where('id', '=', world.clientGroup.member.id).execute();
    };
    return [
      {
        route: 'POST /api/clients/:clientId/group',
        caller: 'client',
        schema: groupNameBodySchema,
        valid: () => ({ name: `Groep ${++serial}` }),
        // The world's group closed for the moment: a client has one active group at a time.
        reset: async (t, world) => {
          await usual(t, world);
          await t.db.updateTable('groups').set({ closed_at: nowIso() }).where('id', '=', world.clientGroup.group.id).execute();
        },
      },
      {
        route: 'PUT /api/clients/:clientId/group',
        caller: 'client',
        schema: groupNameBodySchema,
        valid: () => ({ name: `Groep ${++serial}` }),
        reset: usual,
      },
      {
        route: 'POST /api/clients/:clientId/group/phase',
        caller: 'client',
        schema: movePhaseBodySchema,
        valid: () => ({ phase: 3 }),
        reset: usual,
        accepted: 200,
      },
      {
        route: 'PUT /api/clients/:clientId/group/checklist/:itemId',
        caller: 'client',
        schema: checklistTickBodySchema,
        valid: () => ({ done: true }),
        reset: usual,
      },
      {
        route: 'POST /api/clients/:clientId/group/members',
        caller: 'client',
        schema: nominateBodySchema,
        valid: () => ({ networkPersonId: ids.nomineePerson }),
        // The neighbour's nomination declined, so that they can be nominated anew.
        reset: async (t, world) => {
          await usual(t, world);
          await t.db
            .updateTable('group_members')
            .set({ status: 'declined' })
            .where('id', '=', world.clientGroup.nominee.id)
            .execute();
        },
      },
      {
        route: 'POST /api/clients/:clientId/group/professionals',
        caller: 'coordinator',
        schema: addProfessionalBodySchema,
        valid: () => ({ professionalId: ids.otherProfessional, role: null }),
        reset: usual,
      },
      {
        route: 'POST /api/clients/:clientId/group/handover',
        caller: 'coordinator',
        schema: handoverBodySchema,
        valid: () => ({ successorProfessionalId: ids.otherProfessional }),
        // A colleague who can take over; `usual` makes them a professional again and the coordinator theirs.
        reset: async (t, world) => {
          await usual(t, world);
          await t.db
            .updateTable('professionals')
            .set({ role: 'coordinator' })
            .where('id', '=', world.otherProfessional.id)
            .execute();
        },
        accepted: 200,
      },
      {
        route: 'POST /api/clients/:clientId/group/members/:memberId/approach',
        caller: 'client',
        schema: approachBodySchema,
        valid: () => ({ approachedBy: 'client', approachedOn: '2026-01-05' }),
        reset: withMember({ status: 'nominated' }),
        accepted: 200,
      },
      {
        route: 'POST /api/clients/:clientId/group/members/:memberId/answer',
        caller: 'client',
        schema: answerBodySchema,
        valid: () => ({ answer: 'yes' }),
        reset: withMember({ status: 'approached' }),
        accepted: 200,
      },
      {
        route: 'POST /api/clients/:clientId/group/members/:memberId/leave',
        caller: 'client',
        schema: leaveBodySchema,
        valid: () => ({ reason: 'client_decision', note: `Reden ${++serial}` }),
        // Unlinked from the relative for the moment, so that leaving does not end the relative's place.
        reset: withMember({ status: 'active', relative_id: null }),
        accepted: 200,
      },
      {
        route: 'POST /api/invitations/decline',
        caller: 'anonymous',
        schema: inspectInvitationBodySchema,
        valid: () => ({ token: invitationToken }),
        // The other client's relative, asked to join that client's group, says no with the link.
        reset: async (t, world) => {
          await usual(t, world);
          await restoreLink('invitation', invitationToken)(t, world);
          await t.db
            .updateTable('relatives')
            .set({ ended_at: null, ended_by_account_id: null })
            .where('id', '=', world.otherRelative.id)
            .execute();
          await t.db
            .updateTable('group_members')
            .set({ status: 'approached', answer: null })
            .where('id', '=', world.otherClientGroup.member.id)
            .execute();
        },
        accepted: 200,
      },
    ];
  })(),
  // The map's changes are tried on the relative's place on the map (:personId); the client makes them.
  {
    route: 'POST /api/clients/:clientId/network-map/people',
    caller: 'client',
    schema: networkPersonBodySchema,
    valid: () => ({
      name: `Persoon ${++serial}`,
      relation: 'neighbour',
      formality: 'informal',
      lifeArea: 'friends_neighbours',
      ring: 'outer',
      wish: 'closer',
    }),
  },
  {
    route: 'PUT /api/clients/:clientId/network-map/people/:personId',
    caller: 'client',
    schema: networkPersonBodySchema,
    valid: () => ({
      name: `Persoon ${++serial}`,
      relation: 'friend',
      formality: 'informal',
      lifeArea: 'friends_neighbours',
      ring: 'inner',
      wish: 'keep',
      email: 'persoon@test.regie.test',
      phone: '+31 6 12345678',
      notes: 'Komt elke week langs.',
    }),
  },
  {
    route: 'PUT /api/clients/:clientId/network-map/people/:personId/position',
    caller: 'client',
    schema: moveNetworkPersonBodySchema,
    valid: () => ({ ring: ++serial % 2 === 0 ? 'inner' : 'middle', lifeArea: 'family' }),
  },
  {
    route: 'POST /api/clients/:clientId/network-map/snapshots',
    caller: 'client',
    schema: createSnapshotBodySchema,
    valid: () => ({ label: `Voor de startbijeenkomst ${++serial}` }),
  },
  // The relative's own record (:memberId) is made by the first route and asked about by the second;
  // the relative's answer is then taken back to "asked" before each request, so that it can be given.
  {
    route: 'PUT /api/clients/:clientId/conversations/:memberId',
    caller: 'coordinator',
    schema: recordConversationBodySchema,
    valid: () => ({ heldOn: '2026-01-15', themes: ['expectations'], notes: `Thema's ${++serial}` }),
  },
  {
    route: 'PUT /api/clients/:clientId/conversations/:memberId/sharing',
    caller: 'coordinator',
    schema: conversationSharingBodySchema,
    valid: () => ({ sharing: 'asked' }),
  },
  {
    route: 'PUT /api/clients/:clientId/my-conversation/sharing',
    caller: 'relative',
    schema: myConversationSharingBodySchema,
    valid: () => ({ agree: ++serial % 2 === 0 }),
    reset: async (t, world) => {
      await t.db
        .updateTable('deepening_conversations')
        .set({ sharing: 'asked' })
        .where('member_id', '=', world.clientGroup.member.id)
        .execute();
    },
  },
  // The plan: a new goal is stopped at once, so that any number of them leave the limits alone.
  {
    route: 'POST /api/clients/:clientId/plan/goals',
    caller: 'client',
    schema: goalBodySchema,
    valid: () => ({ horizon: 'short', text: `Doel ${++serial}`, dimension: 'health', measure: '', status: 'stopped' }),
  },
  {
    route: 'PUT /api/clients/:clientId/plan/goals/:goalId',
    caller: 'client',
    schema: goalBodySchema,
    valid: () => ({ horizon: 'short', text: `Doel ${++serial}`, dimension: 'health', measure: 'Ik merk het.', targetOn: null }),
  },
  {
    route: 'POST /api/clients/:clientId/plan/goals/:goalId/progress',
    caller: 'client',
    schema: progressBodySchema,
    valid: () => ({ date: '2026-01-15', score: ++serial % 11, note: 'Ging goed' }),
  },
  {
    route: 'POST /api/clients/:clientId/plan/agreements',
    caller: 'client',
    schema: agreementBodySchema,
    valid: () => ({ what: `Afspraak ${++serial}`, memberId: null, dueOn: '2026-03-01' }),
  },
  {
    route: 'PUT /api/clients/:clientId/plan/agreements/:agreementId',
    caller: 'client',
    schema: agreementBodySchema,
    valid: () => ({ what: `Afspraak ${++serial}`, memberId: null, status: 'open' }),
  },
  {
    route: 'PUT /api/clients/:clientId/signal-plan',
    caller: 'client',
    schema: signalPlanBodySchema,
    valid: () => ({
      phases: [
        {
          code: 'stable',
          name: null,
          clientNotices: `Rustig ${++serial}`,
          othersNotice: '',
          clientDoes: '',
          membersDo: [],
          professionalsDo: '',
        },
        { code: null, name: 'Onrust', clientNotices: '', othersNotice: '', clientDoes: '', membersDo: [], professionalsDo: '' },
      ],
      helps: '',
      doesNotHelp: '',
      crisisContacts: [{ name: 'Crisisdienst', phone: '020 123 4567', note: '' }],
    }),
  },
  {
    route: 'POST /api/clients/:clientId/plan/adoptions',
    caller: 'client',
    schema: adoptionBodySchema,
    valid: () => ({ meetingOn: '2026-01-20' }),
  },
  {
    route: 'PUT /api/my-agreements/:agreementId/status',
    caller: 'relative',
    schema: agreementStatusBodySchema,
    valid: () => ({ status: ++serial % 2 === 0 ? 'done' : 'open' }),
  },
  {
    route: 'PUT /api/organisation/goal-limits',
    caller: 'admin',
    schema: goalLimitsBodySchema,
    valid: () => ({ long: 2, short: 3 + (++serial % 2) }),
  },
  // Meetings: the client plans and changes the world's follow-up still to come, which the relative
  // answers; the start meeting that began yesterday gets minutes and its evaluation.
  { route: 'POST /api/clients/:clientId/meetings', caller: 'client', schema: meetingBodySchema, valid: futureMeetingBody },
  {
    route: 'PUT /api/clients/:clientId/meetings/:meetingId',
    caller: 'client',
    schema: meetingBodySchema,
    valid: futureMeetingBody,
  },
  {
    route: 'PUT /api/clients/:clientId/meetings/:meetingId/reply',
    caller: 'relative',
    schema: replyBodySchema,
    valid: () => ({ answer: (['yes', 'no', 'maybe'] as const)[++serial % 3] }),
  },
  {
    route: 'PUT /api/clients/:clientId/meeting-rhythm',
    caller: 'client',
    schema: rhythmBodySchema,
    valid: () => ({ intervalMonths: 1 + (++serial % 12) }),
  },
  {
    route: 'PUT /api/clients/:clientId/meetings/:meetingId/minutes',
    caller: 'client',
    schema: minutesBodySchema,
    valid: () => ({ items: [], scores: [], agreements: [] }),
  },
  {
    route: 'PUT /api/clients/:clientId/meetings/:meetingId/start-evaluation',
    caller: 'client',
    schema: startEvaluationBodySchema,
    valid: () => ({ howDidItGo: `Goed ${++serial}`, whatToKeep: 'De rondes', whatToChange: 'Niets' }),
  },
  // Evaluation rounds: the world's group is before the start meeting's phase, so a valid new round is
  // refused for that (409) after its body passed; the client answers the world's open round.
  {
    route: 'POST /api/clients/:clientId/evaluations',
    caller: 'client',
    schema: openRoundBodySchema,
    valid: () => validBodies['POST /api/clients/:clientId/evaluations']?.() as Record<string, unknown>,
    accepted: 409,
  },
  {
    route: 'PUT /api/clients/:clientId/evaluations/:roundId/response',
    caller: 'client',
    schema: responseBodySchema,
    valid: evaluationResponseBody,
  },
  // A member without an account reads and answers the world's round with their personal link.
  {
    route: 'POST /api/evaluation-link/questionnaire',
    caller: 'anonymous',
    schema: evaluationLinkBodySchema,
    valid: () => ({ token: evaluationLinkToken }),
    reset: restoreEvaluationLink,
    accepted: 200,
  },
  {
    route: 'POST /api/evaluation-link/response',
    caller: 'anonymous',
    schema: evaluationLinkResponseBodySchema,
    valid: () => ({ token: evaluationLinkToken, ...evaluationResponseBody() }),
    reset: restoreEvaluationLink,
    accepted: 200,
  },
  // An admin loads a questionnaire for their organisation: a version of its own on every call. What the
  // schema lets through as `definition` (any JSON) the domain checks: 422, never a 5xx.
  {
    route: 'POST /api/organisation/instruments',
    caller: 'admin',
    schema: loadInstrumentBodySchema,
    valid: () => validBodies['POST /api/organisation/instruments']?.() as Record<string, unknown>,
  },
  // The team's improvement actions: the world's coordinator records one and changes the world's.
  {
    route: 'POST /api/teams/:teamId/quality-actions',
    caller: 'coordinator',
    schema: qualityActionBodySchema,
    valid: qualityActionBody,
  },
  {
    route: 'PUT /api/teams/:teamId/quality-actions/:actionId',
    caller: 'coordinator',
    schema: qualityActionBodySchema,
    valid: () => qualityActionBody({ ownerProfessionalId: null, dueOn: '2026-09-01' }),
  },
];

/** A value no field of these routes takes: every field is a bounded string, an enum, an id or null. */
const wrongValue = fc.oneof(
  fc.integer(),
  // JSON has no NaN or Infinity: they are sent as null, which an optional field rightly takes.
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.string({ minLength: 300, maxLength: 400 }),
);

/** Strings that have broken systems: NUL (PostgreSQL refuses it), lone surrogates, direction overrides, markup, SQL. */
const hostileText = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFF',
  '\u202Egnp.exe',
  'tab\there',
  'line\nbreak',
  ' ',
  "'; drop table accounts; --",
  '<script>alert(1)</script>',
  'Zoë Ødegård 😀',
];

/** Keys the parser refuses before any schema sees them (prototype pollution). */
const poisonous = (text: string) => text.includes('"__proto__"') || /"constructor"\s*:\s*\{[^}]*"prototype"/.test(text);

describe('bad input', () => {
  let t: TestApp;
  let world: World;
  let endable: { id: string };
  let round: { id: string };
  let qualityAction: { id: string };
  const cookies: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    cookies.coordinator = await t.signIn(world.coordinator.email);
    cookies.admin = await t.signIn(world.admin.email);
    cookies.client = await t.signIn(world.client.email ?? '');
    cookies.relative = await t.signIn(world.relative.email);
    cookies.pending = (await t.signInFirstStep(world.coordinator.email)).cookie;
    recoveryCode = await t.addRecoveryCode(world.coordinator.email);
    endable = await createRelative(t.db, { clientId: world.client.id });
    round = await createEvaluationRound(t.db, {
      groupId: world.clientGroup.group.id,
      openedByAccountId: world.coordinator.account_id,
    });
    qualityAction = await createQualityAction(t.db, { teamId: world.team.id, createdByAccountId: world.coordinator.account_id });
    // Made now, so that the first request to a link route finds the rows it will count.
    await restoreEvaluationLink(t, world);
  });

  afterAll(() => t.close());

  /** Row counts everywhere, and the one thing a PATCH changes in place. */
  const state = async () => ({
    rows: await rowCounts(t.db),
    locale: (
      await t.db.selectFrom('accounts').select('locale').where('id', '=', world.coordinator.account_id).executeTakeFirstOrThrow()
    ).locale,
  });

  it('covers every route that takes a body', () => {
    const bodyless = new Set([
      'POST /api/auth/logout',
      'POST /api/me/second-factor',
      'POST /api/me/recovery-codes',
      'POST /api/professionals/:professionalId/sessions/end',
      'POST /api/clients/:clientId/invitation',
      'POST /api/clients/:clientId/relatives/:relativeId/invitation',
      'POST /api/professionals/:professionalId/invitation',
      'POST /api/clients/:clientId/group/members/:memberId/invitation',
      'POST /api/clients/:clientId/group/members/:memberId/activate',
      'POST /api/clients/:clientId/meetings/:meetingId/cancel',
      'POST /api/clients/:clientId/meetings/:meetingId/minutes/approve',
      'POST /api/clients/:clientId/evaluations/:roundId/close',
      'POST /api/organisation/instruments/:instrumentId/retire',
    ]);
    const withBody = Object.keys(accessMatrix).filter((route) => /^(POST|PUT|PATCH) /.test(route) && !bodyless.has(route));
    expect(bodyRoutes.map((r) => r.route).sort()).toEqual(withBody.sort());
  });

  describe.each(bodyRoutes)('$route', ({ route, caller, schema, valid, reset, accepted }) => {
    const [method, path] = route.split(' ') as ['POST' | 'PATCH' | 'PUT', string];
    const fields = Object.keys(schema.shape);
    const required = fields.filter((field) => !z.safeParse(schema.shape[field] as z.ZodType, undefined).success);
    const rejected = (payload: unknown) => !schema.safeParse(payload).success;
    const send = async (payload: string, contentType = 'application/json') => {
      await reset?.(t, world);
      return t.request({
        method,
        url: path
          .replace(':clientId', world.client.id)
          .replace(':relativeId', path.endsWith('/end') ? endable.id : world.relative.id)
          .replace(':memberId', world.clientGroup.member.id)
          .replace(':personId', world.clientGroup.relativePerson.id)
          .replace(':itemId', 'method_explained')
          .replace(':goalId', world.clientGroup.plan.goalId)
          // The relative marks their own agreement; the client changes their own in the plan.
          .replace('my-agreements/:agreementId', `my-agreements/${world.clientGroup.plan.agreementId}`)
          .replace(':agreementId', world.clientGroup.plan.clientAgreementId)
          // Minutes and the evaluation are the start meeting's, which began; the rest the follow-up's.
          .replace(
            ':meetingId',
            /\/(minutes|start-evaluation)$/.test(path) ? world.clientGroup.meeting.id : world.clientGroup.nextMeeting.id,
          )
          .replace(':roundId', round.id)
          .replace(':teamId', world.team.id)
          .replace(':actionId', qualityAction.id),
        cookie: cookies[caller],
        payload,
        headers: { 'content-type': contentType },
      });
    };

    /** 400, problem+json, and at least one error, each naming a field the body has or lacks. */
    async function expectRefusal(payload: unknown, nameable: readonly string[]) {
      const text = JSON.stringify(payload);
      const response = await send(text);
      expect(response.statusCode, text).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<Problem>();
      if (poisonous(text)) return; // refused by the JSON parser, which names no field
      expect(problem.errors?.length, text).toBeGreaterThan(0);
      for (const { field } of problem.errors ?? []) {
        expect(
          nameable.some((name) => field === name || field.startsWith(`${name}.`)),
          `${field} in ${text}`,
        ).toBe(true);
      }
    }

    it('refuses fields of the wrong type, naming them, and changes nothing', async () => {
      const before = await state();
      const body = fc.record(Object.fromEntries(fields.map((field) => [field, wrongValue])), { requiredKeys: required });
      await fc.assert(
        fc.asyncProperty(body.filter(rejected), (payload) => expectRefusal(payload, fields)),
        { numRuns: 25 },
      );
      expect(await state()).toEqual(before);
    });

    it('refuses arbitrary JSON objects, naming a field, and changes nothing', async () => {
      const before = await state();
      const key = fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 12 }));
      const body = fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });
      await fc.assert(
        fc.asyncProperty(body.filter(rejected), (payload) =>
          expectRefusal(payload, ['(body)', ...fields, ...Object.keys(payload)]),
        ),
        { numRuns: 25 },
      );
      expect(await state()).toEqual(before);
    });

    it('refuses a valid body with one key too many, naming that key, and changes nothing', async () => {
      const before = await state();
      const extra = fc.oneof(
        fc
          .constantFrom(
            'id',
            'role',
            'isAdmin',
            'organisationId',
            'passwordHash',
            'password_hash',
            'accountId',
            'constructor',
            'toString',
          )
          // A key the body has already (`role` of a professional in the group) is no key too many.
          .filter((key) => !fields.includes(key)),
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !fields.includes(key)),
      );
      await fc.assert(
        fc.asyncProperty(extra, fc.jsonValue({ maxDepth: 1 }), async (key, value) => {
          // defineProperty: a key like "__proto__" must become a key of the JSON, not a prototype.
          const payload = Object.defineProperty(valid(), key, { value, enumerable: true });
          await expectRefusal(payload, [key]);
        }),
        { numRuns: 25 },
      );
      expect(await state()).toEqual(before);
    });

    it('refuses a body that is not a JSON object, naming the body, and changes nothing', async () => {
      const before = await state();
      const notAnObject = fc
        .jsonValue({ maxDepth: 2 })
        .filter((value) => value === null || typeof value !== 'object' || Array.isArray(value));
      await fc.assert(
        fc.asyncProperty(notAnObject, (payload) => expectRefusal(payload, ['(body)'])),
        { numRuns: 25 },
      );
      expect(await state()).toEqual(before);
    });

    it('answers malformed, empty, mislabelled, oversized and deeply nested bodies with a 4xx problem, and changes nothing', async () => {
      const before = await state();
      const cases: [string, string, number][] = [
        ['{"name": ', 'application/json', 400],
        ['', 'application/json', 400],
        ['{"__proto__": {"isAdmin": true}}', 'application/json', 400],
        ['{"constructor": {"prototype": {"isAdmin": true}}}', 'application/json', 400],
        // Fastify reads text/plain as a string, which the schema then refuses as not an object.
        [JSON.stringify(valid()), 'text/plain', 400],
        [JSON.stringify(valid()), 'application/x-www-form-urlencoded', 415],
        [JSON.stringify({ ...valid(), padding: 'x'.repeat(300 * 1024) }), 'application/json', 413],
        [`{"${fields[0] ?? 'name'}": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 'application/json', 400],
      ];
      for (const [payload, contentType, status] of cases) {
        const response = await send(payload, contentType);
        expect(response.statusCode, `${contentType} ${payload.slice(0, 60)}`).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect(await state()).toEqual(before);
    });

    // Text of the right type can still be hostile; what the schema lets through must be storable on
    // both databases. This may create rows, so it comes after the tests that count them.
    it('takes any text in any field without a 5xx: stored, or refused naming the field', async () => {
      const attempt = async (field: string, value: string) => {
        const response = await send(JSON.stringify({ ...valid(), [field]: value }));
        const where = `${field} = ${JSON.stringify(value)}`;
        expect(response.statusCode, `${where}: ${response.body}`).toBeLessThan(500);
        if (response.statusCode === 400) {
          // Once or more: a list given as a short text is both not a list and too short.
          expect([...new Set(response.json<Problem>().errors?.map((e) => e.field))], where).toEqual([field]);
        }
        // Refused on SQLite too, which could store them: a name must mean the same on both databases.
        if (field === 'name' && /[\p{Cc}\p{Cs}]/u.test(value.trim())) expect(response.statusCode, where).toBe(400);
      };
      for (const field of fields) for (const value of hostileText) await attempt(field, value);
      await fc.assert(fc.asyncProperty(fc.constantFrom(...fields), fc.string({ unit: 'binary', maxLength: 40 }), attempt), {
        numRuns: 25,
      });
    });

    // Last: it changes state, and shows that the bodies above were refused for what was wrong with them.
    it('accepts the valid body the refusals started from', async () => {
      const response = await send(JSON.stringify(valid()));
      // Sign-in checks credentials after the schema: the made-up person gets 401, not 400.
      const created = method === 'POST';
      expect(response.statusCode, response.body).toBe(accepted ?? (route === 'POST /api/auth/login' ? 401 : created ? 201 : 200));
    });
  });

  describe('path and query', () => {
    it('refuses a path id that is not an id, naming the parameter', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (id) => {
          const response = await t.request({
            method: 'GET',
            url: `/api/clients/${encodeURIComponent(id)}`,
            cookie: cookies.coordinator,
          });
          // A few strings ("..", "%") make another path, which does not exist: 404, never a 5xx.
          expect([400, 404], id).toContain(response.statusCode);
          expect(response.headers['content-type']).toContain('application/problem+json');
          if (response.statusCode === 400) expect(response.json<Problem>().errors?.map((e) => e.field)).toContain('clientId');
        }),
        { numRuns: 25 },
      );
    });

    it('answers arbitrary query parameters of an audit view with 200 or a 400 naming one of them', async () => {
      const clientCookie = await t.signIn(world.client.email ?? '');
      const known = ['from', 'to', 'cursor', 'limit'];
      const query = fc.dictionary(
        fc.oneof(fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: 8 })),
        fc.string({ maxLength: 20 }),
        {
          maxKeys: 4,
        },
      );
      await fc.assert(
        fc.asyncProperty(query, async (params) => {
          const url = `/api/clients/${world.client.id}/audit?${new URLSearchParams(params).toString()}`;
          const response = await t.request({ method: 'GET', url, cookie: clientCookie });
          expect([200, 400], url).toContain(response.statusCode);
          if (response.statusCode === 400) {
            const named = response.json<Problem>().errors?.map((e) => e.field) ?? [];
            expect(named.length, url).toBeGreaterThan(0);
            for (const field of named) expect([...known, ...Object.keys(params)], url).toContain(field);
          }
        }),
        { numRuns: 25 },
      );
    });
  });
});
