import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationRound, createWorld, type World } from './testing/factories.js';
import { bookkeepingTables, databaseDigest } from './testing/database-digest.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

// SECURITY.md "Bad input": malformed, oversized and hostile requests at every registered route, as
// anyone from a stranger to an admin. Not one may be answered with a 5xx, and not one may change the
// database. Each request is built so that it cannot be a valid change: a body always carries a key
// no schema knows, and a state-changing route without a body is sent only ids that are not the
// world's, no session, or no CSRF header. The route list is read from the app itself, so a route
// added later is covered without touching this file.

const minimumRequests = 10_000;

const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' or '1'='1",
    "'; drop table clients; --",
    '1; select pg_sleep(10)',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\uD800',
    '\u202E',
    '${7*7}',
    '{{constructor.constructor("return process")()}}',
    '__proto__',
    'constructor',
    'prototype',
    'null',
    'undefined',
    'NaN',
    '-1',
    '9'.repeat(400),
    '00000000-0000-0000-0000-000000000000',
    'Zoë 😀 \u{1F4A9}',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2_000, maxLength: 20_000 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 4 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** Keys no request schema has: a strict schema must refuse a body that carries one. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role_id', '$where', 'organisation_id', 'password_hash'),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => `x_${key}`),
);

/** A body as raw text and its content type; never one a route could accept. */
const hostileBody = fc.oneof(
  fc
    .tuple(
      fc.dictionary(
        fc.oneof(hostileText, fc.constantFrom('name', 'email', 'password', 'locale', 'code', 'token')),
        hostileValue,
        { maxKeys: 5 },
      ),
      unknownKey,
      hostileValue,
    )
    .map(([body, key, value]) => {
      // defineProperty: "__proto__" must become a key of the JSON text, not the object's prototype.
      Object.defineProperty(body, key, { value, enumerable: true });
      return { payload: JSON.stringify(body), contentType: 'application/json' };
    }),
  fc
    .jsonValue({ maxDepth: 3 })
    .filter((value) => value === null || typeof value !== 'object' || Array.isArray(value))
    .map((value) => ({ payload: JSON.stringify(value), contentType: 'application/json' })),
  fc
    .constantFrom('{"name": ', '{', '[', '{"a":1,}', "{'a':1}", '', 'null', '\u0000')
    .map((payload) => ({ payload, contentType: 'application/json' })),
  fc
    .integer({ min: 1, max: 3 })
    .map((n) => ({ payload: `{"x_": "${'x'.repeat(n * 200 * 1024)}"}`, contentType: 'application/json' })),
  fc.constant({ payload: `{"x_": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`, contentType: 'application/json' }),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'application/xml',
        'text/html; charset=utf-7',
      ),
      hostileText,
    )
    .map(([contentType, text]) => ({
      payload: text,
      contentType,
    })),
);

const hostileQuery = fc.oneof(
  fc.constant(''),
  fc.dictionary(hostileText, hostileText, { maxKeys: 4 }).map((query) => `?${new URLSearchParams(query).toString()}`),
  fc.constantFrom(
    '?__proto__[isAdmin]=1',
    '?constructor[prototype][x]=1',
    '?limit=-1',
    '?limit=1e999',
    '?cursor=0',
    '?from=2026-02-30',
    '?from=9999-99-99&to=x',
    '?a=%zz',
    '?' + 'q='.repeat(2_000),
  ),
);

/** `pending`: the coordinator after the password, before the second factor (the code step's only caller). */
type Caller = 'anonymous' | 'client' | 'relative' | 'coordinator' | 'admin' | 'foreign' | 'pending';
const callers: Caller[] = ['anonymous', 'client', 'relative', 'coordinator', 'admin', 'foreign', 'pending'];

interface RouteShape {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: string[];
  hasBody: boolean;
  changesState: boolean;
}

describe('hostile input at every route', () => {
  let t: TestApp;
  let world: World;
  let round: { id: string };
  const cookies = new Map<Caller, string | undefined>();
  let routes: RouteShape[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    round = await createEvaluationRound(t.db, {
      groupId: world.clientGroup.group.id,
      openedByAccountId: world.coordinator.account_id,
    });
    cookies.set('anonymous', undefined);
    cookies.set('pending', (await t.signInFirstStep(world.coordinator.email)).cookie);
    const emails: Record<Exclude<Caller, 'anonymous' | 'pending'>, string | null> = {
      client: world.client.email,
      relative: world.relative.email,
      coordinator: world.coordinator.email,
      admin: world.admin.email,
      foreign: world.foreignCoordinator.email,
    };
    for (const [caller, email] of Object.entries(emails)) {
      if (email === null) throw new Error(`${caller} has no account`);
      cookies.set(caller as Caller, await t.signIn(email));
    }
    // Which routes take a body, from the API's own description of itself.
    const openApi = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    routes = t.app.apiRoutes.map((route) => {
      const [method = 'GET', path = ''] = route.split(' ');
      const openApiPath = path.replaceAll(/:(\w+)/g, '{$1}');
      return {
        method: method as RouteShape['method'],
        path,
        params: [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? ''),
        hasBody: openApi.paths[openApiPath]?.[method.toLowerCase()]?.requestBody !== undefined,
        changesState: method !== 'GET',
      };
    });
  }, 120_000);

  afterAll(() => t.close());

  /** Ids of the world's own records for a parameter, so that requests reach past "not found". */
  const worldIds = (param: string): string[] => {
    switch (param) {
      case 'clientId':
        return [world.client.id, world.otherClient.id, world.foreignClient.id];
      case 'professionalId':
        return [world.coordinator.id, world.foreignCoordinator.id];
      case 'relativeId':
        return [world.relative.id, world.otherRelative.id];
      case 'meetingId':
        return [world.clientGroup.nextMeeting.id, world.clientGroup.meeting.id, world.otherClientGroup.nextMeeting.id];
      case 'roundId':
        return [round.id];
      case 'teamId':
        return [world.team.id, world.otherTeam.id, world.foreignTeam.id];
      default:
        return [];
    }
  };

  const paramValue = (param: string, mayBeReal: boolean) =>
    fc.oneof(
      fc.uuid(),
      // Lone surrogates cannot be percent-encoded; a URL carries their replacement.
      hostileText.map((text) => encodeURIComponent(text.replaceAll(/[\uD800-\uDFFF]/g, '\uFFFD')).slice(0, 3_000)),
      fc.constantFrom('..', '%2e%2e%2f', '%zz', 'a%00b', '*', '1', "1'"),
      ...(mayBeReal && worldIds(param).length > 0 ? [fc.constantFrom(...worldIds(param))] : []),
    );

  /**
   * For a body route, one request per caller with a session (the half signed-in `pending` one too,
   * whom the second-factor routes admit) with the world's own ids and the CSRF header, besides the
   * random ones: a route only one caller may use (a relative's own routes, the second factor) would
   * otherwise reach its body schema by chance alone, and the check below that every body route saw
   * a request would pass or fail by the draw, more often as routes are added and each gets fewer.
   */
  const throughTheDoor = (route: RouteShape) =>
    callers
      .filter((caller) => caller !== 'anonymous')
      .map(
        (caller) =>
          [
            {
              caller,
              params: route.params.map((param) => worldIds(param)[0] ?? '00000000-0000-4000-8000-000000000000'),
              query: '',
              body: {
                payload: JSON.stringify({ unexpected_field: '<script>alert(1)</script>' }),
                contentType: 'application/json',
              },
              csrf: true,
            },
          ] as [
            { caller: Caller; params: string[]; query: string; body: { payload: string; contentType: string }; csrf: boolean },
          ],
      );

  it(`answers at least ${minimumRequests.toLocaleString('en')} hostile requests without a 5xx and without changing the database`, async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    const perRoute = Math.ceil(minimumRequests / routes.length) + 1;
    const serverErrors: string[] = [];
    const unexplained: string[] = [];
    /** Answers without the security headers every response must carry. */
    const unprotected: string[] = [];
    /** Body routes whose schema saw a request: proof that the bodies got past sign-in and roles. */
    const validated = new Set<string>();
    let sent = 0;

    for (const route of routes) {
      // A state-changing route that reads no body would act on a valid request: it gets no real id,
      // or no session, or no CSRF header.
      const guardedByInput = !route.changesState || route.hasBody;
      const request = fc.record({
        caller: fc.constantFrom(...callers),
        params: fc.tuple(...route.params.map((param) => paramValue(param, guardedByInput))),
        query: hostileQuery,
        body: hostileBody,
        csrf: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ caller: drawn, params, query, body, csrf }) => {
          let caller = drawn;
          let withCsrf = csrf || !route.changesState;
          if (!guardedByInput && route.params.length === 0 && caller !== 'anonymous') withCsrf = false;
          // Signing out is the one route that changes what it is sent with: only strangers try it.
          if (route.path === '/api/auth/logout') caller = 'anonymous';
          let url = route.path;
          route.params.forEach((param, index) => (url = url.replace(`:${param}`, params[index] ?? '')));
          const response = await t.request({
            method: route.method,
            url: `${url}${query}`,
            cookie: cookies.get(caller),
            headers: {
              ...(withCsrf ? {} : { 'x-regie-csrf': '' }),
              ...(route.changesState ? { 'content-type': body.contentType } : {}),
            },
            ...(route.changesState ? { payload: body.payload } : {}),
          });
          sent += 1;
          const where = `${route.method} ${url.slice(0, 120)}${query.slice(0, 60)} as ${caller}: ${response.statusCode}`;
          if (response.statusCode === 400 && response.json<{ code?: string }>().code === 'validation_failed')
            validated.add(`${route.method} ${route.path}`);
          if (response.statusCode >= 500) serverErrors.push(`${where} ${response.body.slice(0, 200)}`);
          if (response.statusCode >= 400 && !String(response.headers['content-type']).includes('application/problem+json')) {
            unexplained.push(where);
          }
          if (!response.headers['content-security-policy'] || response.headers['x-content-type-options'] !== 'nosniff') {
            unprotected.push(where);
          }
        }),
        { numRuns: perRoute, examples: route.hasBody ? throughTheDoor(route) : [] },
      );
    }

    expect(sent).toBeGreaterThanOrEqual(minimumRequests);
    expect(serverErrors).toEqual([]);
    expect(unexplained).toEqual([]);
    expect(unprotected).toEqual([]);
    const bodyRoutes = routes.filter((route) => route.hasBody).map((route) => `${route.method} ${route.path}`);
    expect(bodyRoutes.filter((route) => !validated.has(route))).toEqual([]);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  }, 600_000);
});
