import { addDays, amsterdamDay } from '../../domain/amsterdam-time.js';
import type { RouteKey } from '../access-matrix.js';
import { qualityActionBody } from '../features/team/team-testing.js';
import { loadableDefinition } from '../features/evaluations/results-testing.js';

/**
 * Valid bodies for the state-changing routes, new values on every call, so that a caller who is let
 * through gets a 2xx and one who is refused is seen to change nothing (access-matrix.int.test.ts,
 * other-clients.int.test.ts). A state-changing route missing here is sent no body: its let-through
 * callers then get 400, so a `not_found` expectation fails until the route gets a body here.
 * Sign-in is sent an empty body: it is public, and a 400 shows that as well as a session would.
 */
let serial = 0;
export const validBodies: Partial<Record<RouteKey, () => unknown>> = {
  'POST /api/auth/login': () => ({}),
  'PATCH /api/me': () => ({ locale: 'nl' }),
  'POST /api/auth/second-factor': () => ({ code: '000000' }),
  'POST /api/me/second-factor/confirm': () => ({ code: '000000' }),
  // A wrong current password (400): the callers keep the password the other tests sign in with.
  'POST /api/me/password': () => ({ currentPassword: 'Niet-het-wachtwoord-1', newPassword: 'fiets regen koffie lamp' }),
  'POST /api/teams': () => ({ name: `Matrixteam ${++serial}`, type: 'fact' }),
  'POST /api/professionals': () => ({
    name: 'Matrix Professional',
    email: `matrix-${++serial}@test.regie.test`,
    role: 'clinician',
    teamId: null,
  }),
  'POST /api/clients': () => ({ name: 'Matrix Cliënt', email: null }),
  'POST /api/clients/:clientId/relatives': () => ({ name: 'Matrix Naaste', relation: 'friend', email: null }),
  'POST /api/clients/:clientId/relatives/:relativeId/end': () => ({ reason: 'Matrix' }),
  // Every category is one some route of the matrix depends on: evaluation results are shared as they are
  // by default, and no task at all (the plan, the group and the meetings each depend on one), so that
  // the world's relative keeps seeing the plan, the meetings and the evaluations and its coordinator
  // keeps not writing or planning them, whatever the order the rows run in.
  'PUT /api/clients/:clientId/sharing/:relativeId': () => ({ category: 'evaluation_results', shared: true }),
  'PUT /api/clients/:clientId/delegations': () => ({ tasks: [] }),
  // Links are public and decided by their token: an empty body (400) shows the way in, as for sign-in.
  'POST /api/invitations/inspect': () => ({}),
  'POST /api/invitations/accept': () => ({}),
  'POST /api/auth/password-reset/complete': () => ({}),
  'POST /api/auth/password-reset': () => ({ email: `matrix-${++serial}@test.regie.test` }),
  // The world's client has a group (create: 409) whose member is active (approach, answer: 409).
  // Ids the world does not know answer 400, let through: the matrix never changes the world's coordinator.
  'POST /api/clients/:clientId/group': () => ({ name: `Matrixgroep ${++serial}` }),
  'PUT /api/clients/:clientId/group': () => ({ name: `Matrixgroep ${++serial}` }),
  'POST /api/clients/:clientId/group/phase': () => ({ phase: 1 }),
  'PUT /api/clients/:clientId/group/checklist/:itemId': () => ({ done: ++serial % 2 === 0 }),
  'POST /api/clients/:clientId/group/members': () => ({ networkPersonId: crypto.randomUUID() }),
  'POST /api/clients/:clientId/group/professionals': () => ({ professionalId: crypto.randomUUID(), role: null }),
  'POST /api/clients/:clientId/group/members/:memberId/approach': () => ({ approachedBy: 'client', approachedOn: '2026-01-05' }),
  'POST /api/clients/:clientId/group/members/:memberId/answer': () => ({ answer: 'yes' }),
  'POST /api/clients/:clientId/group/members/:memberId/leave': () => ({ reason: 'client_decision', note: null }),
  'POST /api/clients/:clientId/group/handover': () => ({ successorProfessionalId: crypto.randomUUID() }),
  'POST /api/invitations/decline': () => ({}),
  'POST /api/clients/:clientId/network-map/people': () => ({
    name: `Matrix Persoon ${++serial}`,
    relation: 'friend',
    formality: 'informal',
    lifeArea: 'friends_neighbours',
    ring: 'middle',
    wish: 'keep',
  }),
  'PUT /api/clients/:clientId/network-map/people/:personId': () => ({
    name: 'Matrix Naaste',
    relation: 'friend',
    formality: 'informal',
    lifeArea: 'friends_neighbours',
    ring: ++serial % 2 === 0 ? 'inner' : 'middle',
    wish: 'keep',
    email: null,
    phone: '06 12345678',
    notes: null,
  }),
  'PUT /api/clients/:clientId/network-map/people/:personId/position': () => ({
    ring: ++serial % 2 === 0 ? 'inner' : 'middle',
    lifeArea: 'friends_neighbours',
  }),
  'POST /api/clients/:clientId/network-map/snapshots': () => ({ label: `Matrix ${++serial}` }),
  'PUT /api/clients/:clientId/conversations/:memberId': () => ({
    heldOn: '2026-01-15',
    themes: ['expectations', 'role_in_group'],
    notes: `Matrix ${++serial}`,
  }),
  'PUT /api/clients/:clientId/conversations/:memberId/sharing': () => ({ sharing: 'asked' }),
  'PUT /api/clients/:clientId/my-conversation/sharing': () => ({ agree: ++serial % 2 === 0 }),
  // The plan: new words on every call. A new goal is stopped at once, so that any number of them leave
  // the plan's goal limits alone.
  'POST /api/clients/:clientId/plan/goals': () => ({
    horizon: 'long',
    text: `Matrixdoel ${++serial}`,
    dimension: 'personal',
    measure: '',
    status: 'stopped',
  }),
  'PUT /api/clients/:clientId/plan/goals/:goalId': () => ({
    horizon: 'short',
    text: `Eens per week naar de moestuin ${++serial}`,
    dimension: 'social',
    measure: 'Ik ben er vier keer per maand.',
    targetOn: '2026-09-01',
  }),
  'POST /api/clients/:clientId/plan/goals/:goalId/progress': () => ({ date: '2026-01-15', score: ++serial % 11 }),
  'POST /api/clients/:clientId/plan/agreements': () => ({ what: `Matrixafspraak ${++serial}`, memberId: null }),
  'PUT /api/clients/:clientId/plan/agreements/:agreementId': () => ({
    what: `Samen de eerste keer gaan ${++serial}`,
    memberId: null,
  }),
  'PUT /api/clients/:clientId/signal-plan': () => ({
    phases: [
      {
        code: 'stable',
        name: null,
        clientNotices: `Ik slaap goed ${++serial}`,
        othersNotice: '',
        clientDoes: '',
        membersDo: [],
        professionalsDo: '',
      },
      { code: 'crisis', name: null, clientNotices: '', othersNotice: '', clientDoes: '', membersDo: [], professionalsDo: '' },
    ],
    helps: 'Rust',
    doesNotHelp: '',
    crisisContacts: [],
  }),
  'POST /api/clients/:clientId/plan/adoptions': () => ({ meetingOn: '2026-01-20' }),
  'PUT /api/my-agreements/:agreementId/status': () => ({ status: ++serial % 2 === 0 ? 'done' : 'open' }),
  'PUT /api/organisation/goal-limits': () => ({ long: 2, short: 3 + (++serial % 2) }),
  // Meetings: a follow-up still to come, at a new time on every call (the world's start meeting stays
  // the only one); the world's follow-up is changed and answered, its start meeting gets minutes and
  // its evaluation.
  'POST /api/clients/:clientId/meetings': () => futureMeetingBody(),
  'PUT /api/clients/:clientId/meetings/:meetingId': () => futureMeetingBody(),
  'PUT /api/clients/:clientId/meetings/:meetingId/reply': () => ({ answer: (['yes', 'no', 'maybe'] as const)[++serial % 3] }),
  'PUT /api/clients/:clientId/meeting-rhythm': () => ({ intervalMonths: 1 + (++serial % 12) }),
  'PUT /api/clients/:clientId/meetings/:meetingId/minutes': () => ({ items: [], scores: [], agreements: [] }),
  'PUT /api/clients/:clientId/meetings/:meetingId/start-evaluation': () => ({
    howDidItGo: `Goed ${++serial}`,
    whatToKeep: 'De rondes',
    whatToChange: 'Niets',
  }),
  // The team's improvement actions: planned only, new words on every call; the world's action is changed whole.
  'POST /api/teams/:teamId/quality-actions': () => qualityActionBody(),
  'PUT /api/teams/:teamId/quality-actions/:actionId': () => qualityActionBody({ dueOn: '2026-09-01' }),
  // Evaluation rounds: a last day within the range (the world's group is before the start meeting's phase:
  // 409); a response on an item every respondent type of Regie's own instruments is asked.
  'POST /api/clients/:clientId/evaluations': () => ({ closesOn: addDays(amsterdamDay(new Date()), 7 + (++serial % 7)) }),
  'PUT /api/clients/:clientId/evaluations/:roundId/response': () => evaluationResponseBody(),
  // Links are public and decided by their token: an empty body (400) shows the way in, as for the invitations.
  'POST /api/evaluation-link/questionnaire': () => ({}),
  'POST /api/evaluation-link/response': () => ({}),
  // A questionnaire an admin loads for their own organisation: a version of its own on every call.
  'POST /api/organisation/instruments': () => ({
    respondentType: 'professional',
    definition: loadableDefinition({ url: 'https://example.org/Questionnaire/matrix', version: `matrix-${++serial}` }),
  }),
};

/** A response to any of Regie's own instruments: one item all of them ask, the choices left open. */
export function evaluationResponseBody() {
  return { answers: { 'heard-1': { coding: { code: String(1 + (++serial % 5)) } } }, showWhenAlone: false, signed: false };
}

/** A follow-up at the client's home, 30 to 59 days from now at a time of its own: valid for any group. */
export function futureMeetingBody() {
  const minutes = ++serial % 600;
  return {
    kind: 'follow_up',
    date: addDays(amsterdamDay(new Date()), 30 + (serial % 30)),
    time: `${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    durationMinutes: 60,
    locationKind: 'client_home',
    chairMemberId: null,
    minuteTakerMemberId: null,
    channel: 'Een groepsapp',
    agenda: [{ code: 'goal_progress' }, { code: 'support' }, { code: 'next_meeting' }],
  };
}
