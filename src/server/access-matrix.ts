/**
 * Who gets what from every API route: the route × caller matrix of SECURITY.md, as data. The test
 * next to it walks every registered route with every caller and compares; a route missing here fails.
 *
 * Callers come from the test world (testing/factories.ts): `foreign` is a coordinator of another
 * organisation. Path parameters name the world's own records: `:clientId` is a client of the
 * coordinator's team, `:professionalId` that coordinator. State-changing routes are sent an empty
 * body, so that a caller who gets through the access rules meets 400 and nothing changes.
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
  'foreign',
] as const;
export type Caller = (typeof callers)[number];

type Row = Record<Caller, number>;

/** Everyone gets the same answer. */
const all = (status: number): Row => Object.fromEntries(callers.map((caller) => [caller, status])) as Row;
/** 401 for anonymous, `status` for the callers named, `otherwise` for the rest. */
const signedIn = (status: number, admitted: readonly Caller[] | 'all', otherwise = 403): Row =>
  Object.fromEntries(
    callers.map((caller) => [
      caller,
      caller === 'anonymous' ? 401 : admitted === 'all' || admitted.includes(caller) ? status : otherwise,
    ]),
  ) as Row;
const with_ = (row: Row, overrides: Partial<Row>): Row => ({ ...row, ...overrides });

const teamCare: Caller[] = ['coordinator', 'clinician', 'professional', 'team_lead', 'foreign'];
const registering: Caller[] = ['coordinator', 'clinician', 'team_lead', 'foreign'];
const professionals: Caller[] = ['coordinator', 'clinician', 'professional', 'team_lead', 'researcher', 'admin', 'foreign'];

export const accessMatrix: Record<string, Row> = {
  'GET /api/health': all(200),
  'GET /api/openapi.json': all(200),
  'POST /api/auth/login': all(400),
  'GET /api/me': signedIn(200, 'all'),
  'PATCH /api/me': signedIn(400, 'all'),
  'GET /api/organisation': signedIn(200, professionals),
  'POST /api/teams': signedIn(400, ['admin']),
  'GET /api/professionals': signedIn(200, ['admin', 'team_lead']),
  'POST /api/professionals': signedIn(400, ['admin']),
  'GET /api/clients': signedIn(200, teamCare),
  'POST /api/clients': signedIn(400, registering),
  // Another organisation's coordinator passes the role rule, then meets "not found".
  'GET /api/clients/:clientId': with_(signedIn(200, [...teamCare, 'client']), { foreign: 404 }),
  'GET /api/clients/:clientId/relatives': with_(signedIn(200, [...teamCare, 'client']), { foreign: 404 }),
  'POST /api/clients/:clientId/relatives': signedIn(400, [...registering, 'client']),
  'GET /api/clients/:clientId/audit': signedIn(200, ['client']),
  'GET /api/professionals/:professionalId/audit': signedIn(200, ['admin']),
  // Last: it ends the caller's session.
  'POST /api/auth/logout': all(204),
};
