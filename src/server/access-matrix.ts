/**
 * Who gets through to every API route: the route × caller matrix of SECURITY.md, as data. The test
 * next to it (access-matrix.int.test.ts) collects every registered route, fails on a route missing
 * here or listed here but not registered, and calls each route as each caller.
 *
 * Callers are people of the test world (testing/factories.ts). Path parameters name the world's own
 * records: `:clientId` is the client of the coordinator's team (the `client` caller themself, and
 * the one the `relative` caller is a relative of); `:professionalId` is that coordinator; `:meetingId`
 * is a meeting of that client's group (see the test for which one each route is tried on).
 *
 * What a cell means:
 * - `allowed`: through the access rules; anything but 401, 403, 404 (and never a 5xx). A valid body
 *   gets a 2xx; a 400 or 409 for a body that does not fit still counts as let through.
 * - `not_found`: the role may use the route, but the record is not theirs: 404, as if it did not
 *   exist, and nothing changed.
 * - `forbidden`: the role may not use the route: 403, and nothing changed.
 * - `unauthenticated`: not signed in: 401, and nothing changed.
 */
export const callers = [
  'anonymous',
  'client',
  'relative',
  'coordinator',
  'clinician',
  'professional',
  'team_lead',
  'researcher',
  'admin',
  /** A coordinator of another team of the same organisation. */
  'other_team',
  /** A coordinator of another organisation. */
  'foreign',
  /** The admin of another organisation. */
  'foreign_admin',
] as const;
export type Caller = (typeof callers)[number];

export const outcomes = ['allowed', 'not_found', 'forbidden', 'unauthenticated'] as const;
export type Outcome = (typeof outcomes)[number];

export type MatrixRow = Readonly<Record<Caller, Outcome>>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteKey = `${Method} /api/${string}`;

const row = (outcome: (caller: Caller) => Outcome): MatrixRow =>
  Object.fromEntries(callers.map((caller) => [caller, outcome(caller)])) as Record<Caller, Outcome>;

/** A public route: everyone gets through, signed in or not. */
const everyone = row(() => 'allowed');

/**
 * A route for signed-in people: `allowed` get through, `notFound` pass the role rule but meet a
 * record that is not theirs, every other signed-in caller is refused by role; anonymous gets 401.
 */
const signedIn = (allowed: readonly Caller[] | 'everyone', notFound: readonly Caller[] = []): MatrixRow =>
  row((caller) => {
    if (caller === 'anonymous') return 'unauthenticated';
    if (allowed === 'everyone' || allowed.includes(caller)) return 'allowed';
    return notFound.includes(caller) ? 'not_found' : 'forbidden';
  });

const professionals: Caller[] = [
  'coordinator',
  'clinician',
  'professional',
  'team_lead',
  'researcher',
  'admin',
  'other_team',
  'foreign',
  'foreign_admin',
];
const admins: Caller[] = ['admin', 'foreign_admin'];
/** Professionals in a team who work with clients, each in their own team. */
const teamCare: Caller[] = ['coordinator', 'clinician', 'professional', 'team_lead', 'other_team', 'foreign'];
/** Those of them who register clients and relatives (not the `professional` role). */
const registering: Caller[] = ['coordinator', 'clinician', 'team_lead', 'other_team', 'foreign'];
/** The client's own team, treating them. */
const treating: Caller[] = ['coordinator', 'clinician', 'professional', 'team_lead'];
/** Professionals whose role admits them to client routes, but who do not treat this client. */
const outsiders: Caller[] = ['other_team', 'foreign'];

export const accessMatrix: Readonly<Record<RouteKey, MatrixRow>> = {
  'GET /api/health': everyone,
  'GET /api/openapi.json': everyone,
  'POST /api/auth/login': everyone,
  'POST /api/auth/logout': everyone,
  'GET /api/me': signedIn('everyone'),
  'PATCH /api/me': signedIn('everyone'),
  // The second step of signing in serves only a session at that stage (none of these callers has
  // one; accounts' sign-in tests try it). One's own second factor and password: everyone signed in.
  'POST /api/auth/second-factor': row(() => 'unauthenticated'),
  'POST /api/me/second-factor': signedIn('everyone'),
  'POST /api/me/second-factor/confirm': signedIn('everyone'),
  'POST /api/me/recovery-codes': signedIn('everyone'),
  'POST /api/me/password': signedIn('everyone'),

  // Structure of one's own organisation: every professional sees it, its admin changes it.
  'GET /api/organisation': signedIn(professionals),
  'POST /api/teams': signedIn(admins),
  'GET /api/professionals': signedIn([...admins, 'team_lead']),
  'POST /api/professionals': signedIn(admins),

  // Client data: the client's own team and the client; relatives, researchers and admins never
  // (a relative sees what the client shares with them: shared-with-me, below).
  'GET /api/clients': signedIn(teamCare),
  'POST /api/clients': signedIn(registering),
  'GET /api/clients/:clientId': signedIn([...treating, 'client'], outsiders),
  'GET /api/clients/:clientId/relatives': signedIn([...treating, 'client'], outsiders),
  'POST /api/clients/:clientId/relatives': signedIn(['coordinator', 'clinician', 'team_lead', 'client'], outsiders),
  'POST /api/clients/:clientId/relatives/:relativeId/end': signedIn(
    ['coordinator', 'clinician', 'team_lead', 'client'],
    outsiders,
  ),

  // Sharing and direction: the client decides, their team reads along (a change by the team: 403);
  // a relative sees only what the client shares with them.
  'GET /api/clients/:clientId/sharing': signedIn([...treating, 'client'], outsiders),
  'PUT /api/clients/:clientId/sharing/:relativeId': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/delegations': signedIn([...treating, 'client'], outsiders),
  'PUT /api/clients/:clientId/delegations': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/shared-with-me': signedIn(['relative']),

  // Invitations: the team registering clients invites the client; whom a client invites is their
  // own decision (their coordinator only with the task handed over: 403 here); the admin invites
  // their organisation's professionals. The links are used signed out: public, the token decides.
  'GET /api/clients/:clientId/invitations': signedIn([...treating, 'client'], outsiders),
  'POST /api/clients/:clientId/invitation': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),
  'POST /api/clients/:clientId/relatives/:relativeId/invitation': signedIn(['client'], outsiders),
  'POST /api/professionals/:professionalId/invitation': signedIn(['admin'], ['foreign_admin']),
  'POST /api/invitations/inspect': everyone,
  'POST /api/invitations/accept': everyone,
  'POST /api/auth/password-reset': everyone,
  'POST /api/auth/password-reset/complete': everyone,
  // Demo only (no SMTP server): the outbox page.
  'GET /api/outbox/status': everyone,
  'GET /api/outbox': everyone,

  // Audit views: the client's own, and the admin's of their own organisation's professionals.
  'GET /api/clients/:clientId/audit': signedIn(['client']),
  'GET /api/professionals/:professionalId/audit': signedIn(['admin'], ['foreign_admin']),
  // Signing a professional out everywhere: the admin of their own organisation.
  'POST /api/professionals/:professionalId/sessions/end': signedIn(['admin'], ['foreign_admin']),

  // The resource group: the client directs the group with their coordinator; the team reads along (a change: 403); a
  // live relative sees the group (active members only) and nothing else of it. Whom to ask is the
  // client's own decision: their coordinator only with the task handed over (403 here). Adding a
  // team professional and the warm handover: the coordinator and the team lead. Creating answers 409
  // here (the world's client has a group), which counts as let through.
  'GET /api/clients/:clientId/group': signedIn([...treating, 'client', 'relative'], outsiders),
  'POST /api/clients/:clientId/group': signedIn(['client', 'coordinator'], outsiders),
  'PUT /api/clients/:clientId/group': signedIn(['client', 'coordinator'], outsiders),
  'POST /api/clients/:clientId/group/phase': signedIn(['client', 'coordinator'], outsiders),
  'PUT /api/clients/:clientId/group/checklist/:itemId': signedIn(['client', 'coordinator'], outsiders),
  'GET /api/clients/:clientId/group/history': signedIn([...treating, 'client'], outsiders),
  'GET /api/clients/:clientId/group/candidates': signedIn(['client', 'coordinator', 'team_lead'], outsiders),
  'POST /api/clients/:clientId/group/members': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/group/professionals': signedIn(['coordinator', 'team_lead'], outsiders),
  'POST /api/clients/:clientId/group/members/:memberId/approach': signedIn(['client', 'coordinator'], outsiders),
  'POST /api/clients/:clientId/group/members/:memberId/invitation': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/group/members/:memberId/answer': signedIn(['client', 'coordinator'], outsiders),
  'POST /api/clients/:clientId/group/members/:memberId/activate': signedIn(['client', 'coordinator'], outsiders),
  'POST /api/clients/:clientId/group/members/:memberId/leave': signedIn(['client', 'coordinator'], outsiders),
  'POST /api/clients/:clientId/group/handover': signedIn(['coordinator', 'team_lead'], outsiders),
  // Saying no to a group's invitation: public like accepting, the token decides.
  'POST /api/invitations/decline': everyone,

  // The network map is between the client and their coordinator; the rest of the team: 403. A relative reads
  // it only when the client shares it with them (not by default: 404) and never changes it (403).
  'GET /api/clients/:clientId/network-map': signedIn(['client', 'coordinator'], [...outsiders, 'relative']),
  'POST /api/clients/:clientId/network-map/people': signedIn(['client', 'coordinator'], outsiders),
  'PUT /api/clients/:clientId/network-map/people/:personId': signedIn(['client', 'coordinator'], outsiders),
  'PUT /api/clients/:clientId/network-map/people/:personId/position': signedIn(['client', 'coordinator'], outsiders),
  'DELETE /api/clients/:clientId/network-map/people/:personId': signedIn(['client', 'coordinator'], outsiders),
  'GET /api/clients/:clientId/network-map/snapshots': signedIn(['client', 'coordinator'], [...outsiders, 'relative']),
  'POST /api/clients/:clientId/network-map/snapshots': signedIn(['client', 'coordinator'], outsiders),
  'GET /api/clients/:clientId/network-map/snapshots/:snapshotId': signedIn(['client', 'coordinator'], [...outsiders, 'relative']),

  // In-depth conversations: the records are read by the coordinator and the group's responsible clinician; the client reads
  // what members agreed to share; the rest of the team 403. Only the coordinator records and asks.
  // A relative reads and answers about their own record only, on routes of their own.
  'GET /api/clients/:clientId/conversations': signedIn(['client', 'coordinator', 'clinician'], outsiders),
  'PUT /api/clients/:clientId/conversations/:memberId': signedIn(['coordinator'], outsiders),
  'PUT /api/clients/:clientId/conversations/:memberId/sharing': signedIn(['coordinator'], outsiders),
  'GET /api/clients/:clientId/my-conversation': signedIn(['relative']),
  'PUT /api/clients/:clientId/my-conversation/sharing': signedIn(['relative']),

  // The plan: read by the client, their team and a relative the client shares it with (by default: yes); written by
  // the client, their coordinator only with `edit_plan` handed over (not in the world: 403), the rest of the team and
  // a relative who reads it 403. "Mijn afspraken" is every member's own; marking one done is for the one who does it
  // (the world's agreement is the relative's: everyone else 404). Goal limits: each organisation's admin, their own.
  'GET /api/clients/:clientId/plan': signedIn([...treating, 'client', 'relative'], outsiders),
  'POST /api/clients/:clientId/plan/goals': signedIn(['client'], outsiders),
  'PUT /api/clients/:clientId/plan/goals/:goalId': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/plan/goals/:goalId/progress': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/plan/agreements': signedIn(['client'], outsiders),
  'PUT /api/clients/:clientId/plan/agreements/:agreementId': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/signal-plan': signedIn([...treating, 'client', 'relative'], outsiders),
  'PUT /api/clients/:clientId/signal-plan': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/plan/versions': signedIn([...treating, 'client', 'relative'], outsiders),
  'GET /api/clients/:clientId/plan/versions/:version': signedIn([...treating, 'client', 'relative'], outsiders),
  'POST /api/clients/:clientId/plan/adoptions': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/plan/pdf': signedIn([...treating, 'client', 'relative'], outsiders),
  'GET /api/my-agreements': signedIn(['client', 'relative', ...teamCare]),
  'PUT /api/my-agreements/:agreementId/status': signedIn(['relative'], ['client', ...treating, ...outsiders]),
  'GET /api/organisation/goal-limits': signedIn(admins),
  'PUT /api/organisation/goal-limits': signedIn(admins),

  // Meetings: seen by the client, their team and a relative the client shares them with (by default: yes); planned,
  // changed and cancelled by the client, their coordinator only with `plan_meetings` handed over (not in the world:
  // 403), the rest of the team and a relative who sees them 403. Only the invited reply: of the world's follow-up to
  // come, the coordinator, the clinician and the relative (the client plans, they are not invited: 403). One's own
  // meetings: everyone who can be in a group; the overdue groups: coordinators only, each their own clients'.
  'GET /api/clients/:clientId/meetings': signedIn([...treating, 'client', 'relative'], outsiders),
  'GET /api/clients/:clientId/meetings/draft': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/meetings': signedIn(['client'], outsiders),
  'GET /api/clients/:clientId/meetings/:meetingId': signedIn([...treating, 'client', 'relative'], outsiders),
  'PUT /api/clients/:clientId/meetings/:meetingId': signedIn(['client'], outsiders),
  'POST /api/clients/:clientId/meetings/:meetingId/cancel': signedIn(['client'], outsiders),
  'PUT /api/clients/:clientId/meetings/:meetingId/reply': signedIn(['relative', 'coordinator', 'clinician'], outsiders),
  'PUT /api/clients/:clientId/meeting-rhythm': signedIn(['client'], outsiders),
  'GET /api/my-meetings': signedIn(['client', 'relative', ...teamCare]),
  'GET /api/meeting-attention': signedIn(['coordinator', 'other_team', 'foreign']),
  // Minutes of the world's start meeting, begun yesterday, the client chairing and the clinician taking the minutes:
  // until the client approves them only client, chair, minute-taker and coordinator read and write the draft; the
  // rest who see meetings (the relative too) 403. Approving takes the minutes into the plan: whoever edits the plan
  // (the client; not the coordinator without `edit_plan`). The evaluation after the start meeting: client and
  // coordinator.
  'GET /api/clients/:clientId/meetings/:meetingId/minutes': signedIn(['client', 'coordinator', 'clinician'], outsiders),
  'PUT /api/clients/:clientId/meetings/:meetingId/minutes': signedIn(['client', 'coordinator', 'clinician'], outsiders),
  'POST /api/clients/:clientId/meetings/:meetingId/minutes/approve': signedIn(['client'], outsiders),
  'PUT /api/clients/:clientId/meetings/:meetingId/start-evaluation': signedIn(['client', 'coordinator'], outsiders),

  // The caseload: a coordinator's own clients, a team lead's whole team's (the other coordinators each their own); the
  // rest 403. The team's figures, their CSV and its improvement actions: the care professionals of that very team
  // (coordinator, clinician, team lead); another team's or organisation's 404; every other role 403.
  'GET /api/caseload': signedIn(['coordinator', 'team_lead', ...outsiders]),
  'GET /api/teams/:teamId/figures': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),
  'GET /api/teams/:teamId/figures.csv': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),
  'GET /api/teams/:teamId/quality-actions': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),
  'POST /api/teams/:teamId/quality-actions': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),
  'PUT /api/teams/:teamId/quality-actions/:actionId': signedIn(['coordinator', 'clinician', 'team_lead'], outsiders),

  // Evaluation rounds: seen by the client, the group's active members (a relative as the client shares evaluation
  // results: by default yes) and the client's team; opened and closed by the client and the group's coordinator, each in
  // their own right, the rest who see them 403 (opening answers 409 here: the world's group has not reached the start
  // meeting's phase). The world's round asks the client and the active members with an account (the relative, the
  // coordinator, the clinician): only they read and answer their questionnaire, the rest of the team 403. One's own
  // waiting questionnaires: everyone who can be in a group.
  'GET /api/clients/:clientId/evaluations': signedIn([...treating, 'client', 'relative'], outsiders),
  'POST /api/clients/:clientId/evaluations': signedIn(['client', 'coordinator'], outsiders),
  'GET /api/clients/:clientId/evaluations/:roundId': signedIn([...treating, 'client', 'relative'], outsiders),
  'POST /api/clients/:clientId/evaluations/:roundId/close': signedIn(['client', 'coordinator'], outsiders),
  'GET /api/clients/:clientId/evaluations/:roundId/questionnaire': signedIn(
    ['client', 'relative', 'coordinator', 'clinician'],
    outsiders,
  ),
  'PUT /api/clients/:clientId/evaluations/:roundId/response': signedIn(
    ['client', 'relative', 'coordinator', 'clinician'],
    outsiders,
  ),
  'GET /api/my-evaluations': signedIn(['client', 'relative', ...teamCare]),
  // A member without an account answers with the personal link mailed to them: public like the invitations' links,
  // the token in the body decides (an empty body: 400 for everyone).
  'POST /api/evaluation-link/questionnaire': everyone,
  'POST /api/evaluation-link/response': everyone,
  // A round's results and the trend are the group's: the client and the active members (the relative as the client
  // shares them), never the team outside the group (403: the team sees figures over all groups). The world's round is
  // still open, so those let through meet 409 on its results.
  'GET /api/clients/:clientId/evaluations/trend': signedIn(['client', 'relative', 'coordinator', 'clinician'], outsiders),
  'GET /api/clients/:clientId/evaluations/:roundId/results': signedIn(
    ['client', 'relative', 'coordinator', 'clinician'],
    outsiders,
  ),
  // The instruments new rounds ask: each organisation's admin, their own (another organisation's instrument: 404).
  'GET /api/organisation/instruments': signedIn(admins),
  'POST /api/organisation/instruments': signedIn(admins),
  'POST /api/organisation/instruments/:instrumentId/retire': signedIn(['admin'], ['foreign_admin']),
};
