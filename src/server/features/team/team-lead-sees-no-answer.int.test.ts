import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { TeamFigures } from '../../../shared/team.js';
import { accessMatrix, type Method, type RouteKey } from '../../access-matrix.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { validBodies } from '../../testing/valid-bodies.js';
import { createQualityAction, seedEvaluationRound, type SeededRespondent } from './team-testing.js';

// Issue 7: the team lead sees the team's evaluation figures aggregated over groups, and never an
// individual answer, remark or score, nor a round with fewer than three respondents. Answers with
// marker texts and scores with values found nowhere else are written into rounds of the team lead's
// own team; then every route the access matrix lets the team lead through is called (read from the
// matrix, so that routes added later are walked too), and no answer may carry any of them.

/** Text and numbers no route has any business returning to the team lead. */
const marker = (what: string) => `ZZ-${what}-${crypto.randomUUID().slice(0, 8)}`;

interface Secrets {
  /** Answer and remark texts, and the names stored with respondents. */
  texts: string[];
  /** Every individual score, the small round's among them. */
  scores: number[];
  smallRoundScores: number[];
  /** The names of the people asked, as the group knows them: never next to whether or what they answered. */
  respondentNames: string[];
}

/** A number as it would stand in JSON or CSV text, not as part of a longer number. */
const numberPattern = (value: number) => new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`);

/**
 * Scores with four decimals and no pattern among them (no mean of some of them comes to one of them),
 * so that finding one in an answer means it was passed on as it is.
 */
const scoreValues = [
  4.1372, 3.8619, 2.9537, 3.6284, 1.0371, 4.6829, 3.3147, 2.2713, 4.4561, 1.9283, 2.7146, 3.0958, 4.8817, 1.4429, 2.5591, 3.7702,
  4.2236, 1.6683, 2.0845, 3.4467, 4.5174, 1.2938, 2.8362, 3.9051,
];

/** Keys that tell whether or what someone answered. */
const answerKeys = new Set(['answered', 'answeredAt', 'answers', 'score', 'scores', 'remarks', 'showWhenAlone', 'signed']);

/** Paths in a JSON answer where an object names a respondent and says whether or what they answered. */
function namePairedWithAnswer(value: unknown, names: readonly string[], path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => namePairedWithAnswer(item, names, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const named = entries.some(([, field]) => typeof field === 'string' && names.includes(field));
  const answering = entries.some(([key]) => answerKeys.has(key));
  return [
    ...(named && answering ? [path] : []),
    ...entries.flatMap(([key, field]) => namePairedWithAnswer(field, names, `${path}.${key}`)),
  ];
}

describe('the team lead never sees an individual answer', () => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  let qualityAction: { id: string };
  const secrets: Secrets = { texts: [], scores: [], smallRoundScores: [], respondentNames: [] };
  /** The rounds of each client's group, by client id. */
  const roundsOf = new Map<string, string[]>();

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const answeredAt = '2025-01-20T12:00:00.000Z';

    // Each person answers with marker texts and scores of their own; the name stored with them in the
    // round is a marker too (the group knows them by their member name, also checked below).
    let next = 0;
    const respondent = (
      person: { accountId: string; memberId: string | null; name: string; type: SeededRespondent['type'] },
      answered: boolean,
      small = false,
    ): SeededRespondent => {
      secrets.respondentNames.push(person.name);
      const name = marker('name');
      secrets.texts.push(name);
      if (!answered) return { accountId: person.accountId, memberId: person.memberId, name, type: person.type };
      const scores = { heard: scoreValues[next++] ?? 0, roles: scoreValues[next++] ?? 0 };
      secrets.scores.push(scores.heard, scores.roles);
      if (small) secrets.smallRoundScores.push(scores.heard, scores.roles);
      const remark = marker('remark');
      const answer = marker('answer');
      secrets.texts.push(remark, answer);
      return {
        accountId: person.accountId,
        memberId: person.memberId,
        name,
        type: person.type,
        answeredAt,
        showWhenAlone: true,
        signed: true,
        scores,
        answers: { 'heard-1': { coding: { code: '4' } }, 'heard-2': { string: answer }, remarks: { string: remark } },
      };
    };

    // The people of each of the team's two groups, as respondents.
    const peopleOf = (client: World['client'], relative: World['relative'], group: World['clientGroup']) => ({
      client: { accountId: client.account_id ?? '', memberId: null, name: client.name, type: 'client' as const },
      relative: { accountId: relative.account_id, memberId: group.member.id, name: relative.name, type: 'relative' as const },
      coordinator: {
        accountId: w.coordinator.account_id,
        memberId: null,
        name: w.coordinator.name,
        type: 'professional' as const,
      },
      clinician: { accountId: w.clinician.account_id, memberId: null, name: w.clinician.name, type: 'professional' as const },
    });
    const first = peopleOf(w.client, w.relative, w.clientGroup);
    const second = peopleOf(w.otherClient, w.otherRelative, w.otherClientGroup);
    const opener = w.coordinator.account_id;
    const seed = async (
      client: World['client'],
      groupId: string,
      round: Omit<Parameters<typeof seedEvaluationRound>[1], 'groupId' | 'openedByAccountId'>,
    ) => {
      const { id } = await seedEvaluationRound(t.db, { groupId, openedByAccountId: opener, ...round });
      roundsOf.set(client.id, [...(roundsOf.get(client.id) ?? []), id]);
    };
    // Counted: all four of the first group answered; three of the second.
    await seed(w.client, w.clientGroup.group.id, {
      closesOn: '2025-02-10',
      respondents: [
        respondent(first.client, true),
        respondent(first.relative, true),
        respondent(first.coordinator, true),
        respondent(first.clinician, true),
      ],
    });
    await seed(w.otherClient, w.otherClientGroup.group.id, {
      closesOn: '2025-02-20',
      respondents: [
        respondent(second.client, true),
        respondent(second.relative, true),
        respondent(second.coordinator, true),
        respondent(second.clinician, false),
      ],
    });
    // The small round: two answered, fewer than three. Closed by hand.
    await seed(w.client, w.clientGroup.group.id, {
      closesOn: '2025-03-20',
      closedAt: '2025-03-10T09:00:00.000Z',
      respondents: [
        respondent(first.client, true, true),
        respondent(first.relative, true, true),
        respondent(first.coordinator, false),
        respondent(first.clinician, false),
      ],
    });
    // A round still open, one answer in.
    await seed(w.otherClient, w.otherClientGroup.group.id, {
      closesOn: addDays(amsterdamDay(new Date()), 7),
      respondents: [respondent(second.client, true), respondent(second.relative, false), respondent(second.coordinator, false)],
    });
    qualityAction = await createQualityAction(t.db, { teamId: w.team.id, createdByAccountId: w.teamLead.account_id });
    cookie = await t.signIn(w.teamLead.email);
  });

  afterAll(() => t.close());

  /** The ids that fill a route's parameters, as many URLs as there are combinations. */
  function urlsFor(path: string): { urls: string[]; unknown: string[] } {
    const params = [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
    const unknown: string[] = [];
    const clients = params.includes('clientId')
      ? [
          { client: w.client, relative: w.relative, group: w.clientGroup },
          { client: w.otherClient, relative: w.otherRelative, group: w.otherClientGroup },
        ]
      : [{ client: w.client, relative: w.relative, group: w.clientGroup }];
    const urls = clients.flatMap(({ client, relative, group }) => {
      const values = (param: string): string[] => {
        switch (param) {
          case 'clientId':
            return [client.id];
          case 'roundId':
            return roundsOf.get(client.id) ?? [];
          case 'meetingId':
            return [group.nextMeeting.id, group.meeting.id];
          case 'relativeId':
            return [relative.id];
          case 'memberId':
            return [group.member.id];
          case 'personId':
            return [group.relativePerson.id];
          case 'snapshotId':
            return [group.snapshot.id];
          case 'goalId':
            return [group.plan.goalId];
          case 'agreementId':
            return [group.plan.agreementId, group.plan.clientAgreementId];
          case 'version':
            return [String(group.plan.version)];
          case 'itemId':
            return ['method_explained'];
          case 'professionalId':
            return [w.coordinator.id, w.teamLead.id];
          case 'teamId':
            return [w.team.id];
          case 'actionId':
            return [qualityAction.id];
          default:
            unknown.push(param);
            return [crypto.randomUUID()];
        }
      };
      let filled = [path];
      for (const param of params) filled = filled.flatMap((url) => values(param).map((value) => url.replace(`:${param}`, value)));
      return filled;
    });
    return { urls: [...new Set(urls)], unknown: [...new Set(unknown)] };
  }

  /** What an answer gives away, if anything. */
  function leaks(url: string, body: string): string[] {
    const found: string[] = [];
    for (const text of secrets.texts) if (body.includes(text)) found.push(`text ${text}`);
    for (const score of secrets.scores) if (numberPattern(score).test(body)) found.push(`score ${score}`);
    if (/evaluation|caseload|\/teams\//.test(url)) {
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // Not JSON (a PDF, a CSV): the texts and numbers above are what it could give away.
      }
      for (const path of namePairedWithAnswer(json, secrets.respondentNames))
        found.push(`a respondent named with an answer at ${path}`);
    }
    return found;
  }

  const teamLeadRoutes = () =>
    (Object.entries(accessMatrix) as [RouteKey, (typeof accessMatrix)[RouteKey]][])
      .filter(([, row]) => row.team_lead === 'allowed')
      .map(([route]) => route);

  it('seeded what it means to find', () => {
    expect(secrets.texts.length).toBeGreaterThan(20);
    expect(secrets.smallRoundScores).toHaveLength(4);
    expect(new Set(secrets.scores).size).toBe(secrets.scores.length);
    expect(teamLeadRoutes()).toEqual(expect.arrayContaining(['GET /api/caseload', 'GET /api/teams/:teamId/figures']));
  });

  it('gets through to every route the matrix allows, and no answer holds an answer, a remark, a name with an answer or a score', async () => {
    const found: string[] = [];
    const unfillable: string[] = [];
    const notThrough: string[] = [];
    const skipped: string[] = [];
    const gets = teamLeadRoutes().filter((route) => route.startsWith('GET '));
    const changes = teamLeadRoutes().filter((route) => !route.startsWith('GET '));

    for (const route of gets) {
      const path = route.slice('GET '.length);
      const { urls, unknown } = urlsFor(path);
      if (unknown.length > 0) unfillable.push(`${route}: ${unknown.join(', ')}`);
      let through = false;
      for (const url of urls) {
        const response = await t.request({ method: 'GET', url, cookie });
        expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
        if (![401, 403, 404].includes(response.statusCode)) through = true;
        found.push(...leaks(url, response.body).map((leak) => `${url}: ${leak}`));
      }
      if (!through) notThrough.push(route);
    }

    // State-changing routes come last, each with a session of its own: what they change cannot
    // hide anything from the reads above. Each is sent its body from the table of valid bodies;
    // signing out is skipped, as it ends the session and tells nothing.
    const openApi = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    for (const route of changes) {
      const [method, path] = route.split(' ') as [Method, string];
      if (route === 'POST /api/auth/logout') {
        skipped.push(`${route}: ends the session and answers nothing`);
        continue;
      }
      const takesBody = openApi.paths[path.replaceAll(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.requestBody !== undefined;
      const body = validBodies[route];
      if (takesBody && !body) {
        skipped.push(`${route}: no valid body in testing/valid-bodies.ts`);
        continue;
      }
      const { urls, unknown } = urlsFor(path);
      if (unknown.length > 0) unfillable.push(`${route}: ${unknown.join(', ')}`);
      for (const url of urls) {
        const response = await t.request({
          method,
          url,
          cookie: await t.signIn(w.teamLead.email),
          ...(body ? { payload: body() as object } : {}),
        });
        expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
        found.push(...leaks(url, response.body).map((leak) => `${method} ${url}: ${leak}`));
      }
    }

    expect(found).toEqual([]);
    // A parameter the walk cannot fill, or a read it never got through to, would make the walk
    // prove nothing about that route: give it ids above.
    expect(unfillable).toEqual([]);
    expect(notThrough).toEqual([]);
    // Only signing out is left out today; a route without a valid body should get one.
    expect(skipped).toEqual(['POST /api/auth/logout: ends the session and answers nothing']);
  }, 300_000);

  it('sees the team’s averages over the two counted rounds, without the small round', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/teams/${w.team.id}/figures`,
      cookie: await t.signIn(w.teamLead.email),
    });
    expect(response.statusCode).toBe(200);
    const { evaluation } = response.json<TeamFigures>();
    expect(evaluation.rounds).toBe(2);
    expect(evaluation.roundsLeftOut).toBe(1);
    const heard = evaluation.averages.find((average) => average.scaleId === 'heard');
    // Seven respondents of two groups; the small round's two are not among them.
    expect(heard?.overall.n).toBe(7);
    expect(heard?.overall.mean).not.toBeNull();
    // A type's mean over fewer than three people is withheld: one client per group, one relative per group.
    expect(heard?.byType.filter((average) => average.n < 3).every((average) => average.mean === null)).toBe(true);
  });
});
