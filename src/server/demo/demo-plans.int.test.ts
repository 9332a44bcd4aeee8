import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGoalLimits, type PhaseNumber } from '../../domain/phases.js';
import { canLinkGoals, countsTowardsLimit, isProgressScore, isValidSignalPhaseCount } from '../../domain/plan.js';
import { comparePlanContents, type PlanContent } from '../../domain/plan-versions.js';
import type { GroupState } from '../../shared/groups.js';
import { planChangeSchema, versionSchema, type Plan } from '../../shared/plans.js';
import { loadPlanContent } from '../features/plans/index.js';
import { extractPdfText } from '../testing/pdf-text.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { demoPassword, loadDemoData } from './demo-data.js';

// The demo's plans (issue 5): each demo group has a plan fitting its phase, written as Regie itself
// would have written it: a version after every change, by someone allowed to make it, within the
// method's rules, and the newest version equal to what the tables hold now.

// Fatima (client 2, phase 2) has no plan yet: the demo's group to write one from an empty page.
const withPlan = [1, 3, 4, 5, 6].map((n) => `client${n}@demo.regie.test`);
const withoutPlan = 'client2@demo.regie.test';
const dayMs = 86_400_000;
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

interface DemoPlan {
  email: string;
  phase: PhaseNumber;
  clientId: string;
  clientAccount: string;
  groupId: string;
  planId: string;
  version: number;
  versions: {
    number: number;
    changedAt: string;
    author: string;
    onBehalfOf: string | null;
    change: unknown;
    content: PlanContent;
  }[];
  adoptions: { version: number; meetingOn: string; adoptedAt: string }[];
  current: PlanContent;
}

describe('demo plans', () => {
  let t: TestApp;
  const today = new Date();
  const plans = new Map<string, DemoPlan>();
  const plan = (email: string) => {
    const found = plans.get(email);
    if (!found) throw new Error(`no demo plan for ${email}`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoData(t.db, today);
    for (const email of withPlan) {
      const row = await t.db
        .selectFrom('plans')
        .innerJoin('groups', 'groups.id', 'plans.group_id')
        .innerJoin('clients', 'clients.id', 'groups.client_id')
        .innerJoin('accounts', 'accounts.id', 'clients.account_id')
        .select([
          'plans.id',
          'plans.version',
          'groups.id as groupId',
          'groups.phase',
          'clients.id as clientId',
          'accounts.id as accountId',
        ])
        .where('accounts.email', '=', email)
        .executeTakeFirstOrThrow();
      const versions = await t.db
        .selectFrom('plan_versions')
        .selectAll()
        .where('plan_id', '=', row.id)
        .orderBy('number')
        .execute();
      const adoptions = await t.db
        .selectFrom('plan_adoptions')
        .selectAll()
        .where('plan_id', '=', row.id)
        .orderBy('adopted_at')
        .execute();
      plans.set(email, {
        email,
        phase: row.phase as PhaseNumber,
        clientId: row.clientId,
        clientAccount: row.accountId,
        groupId: row.groupId,
        planId: row.id,
        version: row.version,
        versions: versions.map((v) => ({
          number: v.number,
          changedAt: v.changed_at,
          author: v.author_account_id,
          onBehalfOf: v.on_behalf_of_account_id,
          change: JSON.parse(v.change) as unknown,
          content: JSON.parse(v.content) as PlanContent,
        })),
        adoptions: adoptions.map((a) => ({ version: a.version, meetingOn: a.meeting_on, adoptedAt: a.adopted_at })),
        current: await loadPlanContent(t.db, row.id),
      });
    }
  });
  afterAll(() => t.close());

  const openGoals = (content: PlanContent) => ({
    long: content.goals.filter((g) => g.horizon === 'long' && countsTowardsLimit(g.status)).length,
    short: content.goals.filter((g) => g.horizon === 'short' && countsTowardsLimit(g.status)).length,
  });
  const latest = (p: DemoPlan) => p.versions.at(-1)?.content ?? { goals: [], agreements: [], signalPlan: null };

  it('gives each group but the one in phase 2 a plan whose newest version is what the tables hold now', async () => {
    expect(await t.db.selectFrom('plans').select('id').execute()).toHaveLength(5);
    const cookie = await t.signIn(withoutPlan, demoPassword);
    const me = await t.request({ method: 'GET', url: '/api/me', cookie });
    const clientId = me.json<{ clientId: string }>().clientId;
    const empty = await t.request({ method: 'GET', url: `/api/clients/${clientId}/plan`, cookie });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json<Plan>()).toMatchObject({ version: 0, goals: [], agreements: [], signalPlanStarted: false });
    for (const email of withPlan) {
      const p = plan(email);
      expect(
        p.versions.map((v) => v.number),
        email,
      ).toEqual(Array.from({ length: p.version }, (_, i) => i + 1));
      expect(latest(p), email).toEqual(p.current);
    }
  });

  it('fits each plan to its phase: drafts first, then agreements and a signalling plan, then agreed with progress', () => {
    const [joep, sanne, kees, noor, daan] = withPlan.map(plan);
    if (!joep || !sanne || !kees || !noor || !daan) throw new Error('five plans');
    expect([joep, sanne, kees, noor, daan].map((p) => p.phase)).toEqual([1, 3, 4, 5, 6]);

    // Phase 1: a first draft of one or two goals, nothing else.
    expect(joep.current.goals.length).toBeGreaterThanOrEqual(1);
    expect(joep.current.goals.length).toBeLessThanOrEqual(2);
    expect(joep.current.agreements).toEqual([]);
    expect(joep.current.signalPlan).toBeNull();
    // Phases 1 and 3: not agreed at a meeting yet.
    for (const p of [joep, sanne]) expect(p.adoptions, p.email).toEqual([]);
    // Phase 3: goals of both horizons, agreements and a signalling plan begun.
    expect(openGoals(sanne.current).long).toBeGreaterThanOrEqual(1);
    expect(openGoals(sanne.current).short).toBeGreaterThanOrEqual(1);
    expect(sanne.current.agreements.length).toBeGreaterThan(0);
    expect(sanne.current.signalPlan?.phases.length).toBeGreaterThanOrEqual(2);

    // Phases 4 to 6: agreed at a meeting, with months of progress going up and agreements done.
    for (const p of [kees, noor, daan]) {
      expect(p.adoptions.length, p.email).toBeGreaterThan(0);
      expect(p.current.signalPlan, p.email).not.toBeNull();
      expect(
        p.current.agreements.some((a) => a.status === 'done'),
        p.email,
      ).toBe(true);
      const dates = p.current.goals.flatMap((g) => g.progress.map((point) => point.date)).sort();
      const spanDays = (Date.parse(dates.at(-1) ?? '') - Date.parse(dates[0] ?? '')) / dayMs;
      expect(spanDays, p.email).toBeGreaterThanOrEqual(p.phase === 4 ? 45 : 180);
      const rising = p.current.goals.filter(
        (g) => g.progress.length >= 3 && (g.progress.at(-1)?.score ?? 0) > (g.progress[0]?.score ?? 0),
      );
      expect(rising.length, p.email).toBeGreaterThanOrEqual(2);
    }
    expect(noor.adoptions.length + daan.adoptions.length).toBeGreaterThan(2);
    // A success to keep in view in phase 5; in phase 6 the goals are largely met, both long-term ones too.
    expect(noor.current.goals.some((g) => g.status === 'achieved')).toBe(true);
    const achieved = daan.current.goals.filter((g) => g.status === 'achieved');
    expect(achieved.length).toBeGreaterThan(daan.current.goals.length / 2);
    expect(daan.current.goals.filter((g) => g.horizon === 'long' && g.status === 'achieved').length).toBeGreaterThanOrEqual(2);
  });

  it('dates each adoption at a meeting from the start meeting on, in the past, of a version that stays retrievable', async () => {
    for (const email of withPlan.slice(2)) {
      const p = plan(email);
      const toStart = await t.db
        .selectFrom('group_phase_changes')
        .select('changed_at')
        .where('group_id', '=', p.groupId)
        .where('to_phase', '=', 4)
        .executeTakeFirstOrThrow();
      let previous = 0;
      for (const adoption of p.adoptions) {
        expect(adoption.meetingOn >= toStart.changed_at.slice(0, 10), email).toBe(true);
        expect(Date.parse(adoption.adoptedAt)).toBeLessThan(today.getTime());
        expect(adoption.version).toBeGreaterThan(previous);
        expect(adoption.version).toBeLessThanOrEqual(p.version);
        expect(p.versions.some((v) => v.number === adoption.version)).toBe(true);
        previous = adoption.version;
      }
    }
  });

  it('keeps every version within the rules, and each one differs from the one before in what its change names', () => {
    for (const email of withPlan) {
      const p = plan(email);
      let before: PlanContent = { goals: [], agreements: [], signalPlan: null };
      let changedAt = '';
      for (const version of p.versions) {
        const where = `${email} v${version.number}`;
        expect(version.changedAt > changedAt, where).toBe(true);
        expect(Date.parse(version.changedAt)).toBeLessThan(today.getTime());
        changedAt = version.changedAt;
        const { content } = versionSchema.pick({ content: true }).parse({ content: version.content });
        const open = openGoals(content);
        expect(open.long, where).toBeLessThanOrEqual(defaultGoalLimits.long);
        expect(open.short, where).toBeLessThanOrEqual(defaultGoalLimits.short);
        for (const goal of content.goals) {
          for (const point of goal.progress) expect(isProgressScore(point.score), where).toBe(true);
          if (goal.servesGoalId === null) continue;
          const long = content.goals.find((g) => g.id === goal.servesGoalId);
          expect(long && canLinkGoals(goal, long), where).toBe(true);
        }
        if (content.signalPlan) expect(isValidSignalPhaseCount(content.signalPlan.phases.length), where).toBe(true);

        const change = planChangeSchema.parse(version.change);
        const comparison = comparePlanContents(before, content);
        expect(comparison.same, where).toBe(false);
        const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
        const changedIds = (list: { changed: { after: { id: string } }[] }) => list.changed.map((c) => c.after.id);
        switch (change.kind) {
          case 'goal_added':
            expect(ids(comparison.goals.added), where).toEqual([change.subjectId]);
            break;
          case 'goal_changed':
          case 'progress_recorded':
            expect(changedIds(comparison.goals), where).toEqual([change.subjectId]);
            break;
          case 'agreement_added':
            expect(ids(comparison.agreements.added), where).toEqual([change.subjectId]);
            break;
          case 'agreement_changed':
          case 'agreement_status':
            expect(changedIds(comparison.agreements), where).toEqual([change.subjectId]);
            break;
          case 'signal_plan_saved':
            expect(change.subjectId, where).toBeNull();
            expect(comparison.goals.changed.length + comparison.agreements.changed.length, where).toBe(0);
            break;
        }
        before = content;
      }
    }
  });

  it('records each change as made by the client, by the coordinator for them after they delegated it, or by a member marking their own agreement', async () => {
    const coordinators = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', 'in', ['coordinator@demo.regie.test', 'coordinator2@demo.regie.test'])
      .execute();
    let onBehalf = 0;
    let byMembers = 0;
    for (const email of withPlan) {
      const p = plan(email);
      const delegation = await t.db
        .selectFrom('delegations')
        .select('granted_at')
        .where('client_id', '=', p.clientId)
        .where('task', '=', 'edit_plan')
        .executeTakeFirst();
      const memberAccounts = await t.db
        .selectFrom('group_members as m')
        .leftJoin('relatives as r', 'r.id', 'm.relative_id')
        .leftJoin('professionals as p', 'p.id', 'm.professional_id')
        .select(['m.id', 'r.account_id as relativeAccount', 'p.account_id as professionalAccount'])
        .where('m.group_id', '=', p.groupId)
        .execute();
      let previous: PlanContent = { goals: [], agreements: [], signalPlan: null };
      for (const version of p.versions) {
        const where = `${email} v${version.number}`;
        const change = planChangeSchema.parse(version.change);
        if (version.author === p.clientAccount) {
          expect(version.onBehalfOf, where).toBeNull();
        } else if (version.onBehalfOf !== null) {
          onBehalf += 1;
          expect(
            coordinators.map((c) => c.id),
            where,
          ).toContain(version.author);
          expect(version.onBehalfOf, where).toBe(p.clientAccount);
          expect(delegation && delegation.granted_at < version.changedAt, where).toBe(true);
        } else {
          byMembers += 1;
          // Only through "Mijn afspraken": the status of an agreement they do themselves.
          expect(change.kind, where).toBe('agreement_status');
          expect(version.onBehalfOf, where).toBeNull();
          const agreement = version.content.agreements.find((a) => a.id === change.subjectId);
          const member = memberAccounts.find(
            (m) => agreement?.assignee.kind === 'member' && m.id === agreement.assignee.memberId,
          );
          expect(member && [member.relativeAccount, member.professionalAccount], where).toContain(version.author);
          expect(previous.agreements.find((a) => a.id === change.subjectId)?.status, where).toBe('open');
          expect(agreement?.status, where).toBe('done');
        }
        previous = version.content;
      }
    }
    expect(onBehalf).toBeGreaterThan(0);
    expect(byMembers).toBeGreaterThan(0);
  });

  it('names only the group’s own members in agreements and the signalling plan, as they are called in the group', async () => {
    for (const email of withPlan) {
      const p = plan(email);
      const members = await t.db
        .selectFrom('group_members')
        .select(['id', 'name', 'status'])
        .where('group_id', '=', p.groupId)
        .execute();
      const named = [
        ...p.current.agreements.flatMap((a) => (a.assignee.kind === 'member' ? [a.assignee] : [])),
        ...(p.current.signalPlan?.phases.flatMap((phase) => phase.membersDo) ?? []),
      ];
      for (const { memberId, name } of named) expect(members.find((m) => m.id === memberId)?.name, email).toBe(name);
      // Open agreements are for people still in the group.
      for (const agreement of p.current.agreements.filter((a) => a.status === 'open' && a.assignee.kind === 'member')) {
        const memberId = agreement.assignee.kind === 'member' ? agreement.assignee.memberId : '';
        expect(members.find((m) => m.id === memberId)?.status, `${email}: ${agreement.what}`).toBe('active');
      }
    }
  });

  it('ticks the checklist items the plan decides: goals drafted, signalling plan started, agreements recorded, goals agreed', async () => {
    const planItems = ['goals_drafted', 'signal_plan_started', 'agreements_recorded', 'goals_agreed'];
    const seen: Record<string, boolean[]> = {};
    for (const email of [...withPlan, withoutPlan]) {
      const cookie = await t.signIn(email, demoPassword);
      const me = await t.request({ method: 'GET', url: '/api/me', cookie });
      const response = await t.request({
        method: 'GET',
        url: `/api/clients/${me.json<{ clientId: string }>().clientId}/group`,
        cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      const items = response.json<GroupState>().group?.phases.flatMap((phase) => phase.checklist) ?? [];
      seen[email] = planItems.map((id) => items.find((item) => item.id === id)?.done ?? false);
    }
    expect(seen).toEqual({
      'client1@demo.regie.test': [true, false, false, false],
      'client2@demo.regie.test': [false, false, false, false],
      'client3@demo.regie.test': [true, true, true, false],
      'client4@demo.regie.test': [true, true, true, true],
      'client5@demo.regie.test': [true, true, true, true],
      'client6@demo.regie.test': [true, true, true, true],
    });
  });

  it('shows the client their plan through the API, and its PDF holds every goal and agreement', async () => {
    for (const email of withPlan.slice(2)) {
      const p = plan(email);
      const cookie = await t.signIn(email, demoPassword);
      const view = await t.request({ method: 'GET', url: `/api/clients/${p.clientId}/plan`, cookie });
      expect(view.statusCode, view.body).toBe(200);
      const shown = view.json<Plan>();
      expect(shown.version).toBe(p.version);
      expect(shown.goals.map((g) => g.text)).toEqual(p.current.goals.map((g) => g.text));

      const response = await t.request({ method: 'GET', url: `/api/clients/${p.clientId}/plan/pdf?part=plan&lang=nl`, cookie });
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.headers['content-type']).toContain('application/pdf');
      const text = collapsed(await extractPdfText(response.rawPayload));
      for (const words of [...p.current.goals.map((g) => g.text), ...p.current.agreements.map((a) => a.what)])
        expect(text, `${email}: ${words}`).toContain(collapsed(words));
    }
  });
});
