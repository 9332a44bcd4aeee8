import type { RouteKey } from '../access-matrix.js';

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
  'PUT /api/clients/:clientId/sharing/:relativeId': () => ({ category: 'plan', shared: ++serial % 2 === 0 }),
  'PUT /api/clients/:clientId/delegations': () => ({ tasks: ++serial % 2 === 0 ? ['edit_plan'] : [] }),
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
};
