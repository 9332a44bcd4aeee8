import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  canTransition,
  isLeaveReason,
  isMemberKind,
  isMemberStatus,
  isProfessionalRole,
  missingCoreProfessionals,
  roleFitsKind,
  type Member,
  type MemberStatus,
} from '../../domain/membership.js';
import { compareSnapshots, formalities, lifeAreas, relations, rings, wishes } from '../../domain/network-map.js';
import { canMovePhase, checklist, isPhaseNumber, type GroupFacts, type PhaseNumber } from '../../domain/phases.js';
import { conversationNotesSchema, conversationSharingStates, conversationThemeSchema } from '../../shared/conversations.js';
import { snapshotEntrySchema } from '../../shared/network.js';
import type { Db } from '../platform/db/database.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { loadDemoData } from './demo-data.js';

// The demo's resource groups (issue 4): one per phase for the six FACT Noord clients, written only
// with values the method's rules accept, so that the demo can never show what Regie would refuse.

const factNoord = [1, 2, 3, 4, 5, 6].map((n) => `client${n}@demo.regie.test`);
const noFacts: GroupFacts = {
  networkMapPeople: 0,
  members: [],
  goals: { long: 0, short: 0 },
  signalPlanStarted: false,
  agreements: 0,
  planAgreed: false,
  meetings: [],
};
const manualItems = (phase: PhaseNumber) =>
  checklist(phase, noFacts, new Set())
    .filter((item) => item.mode === 'manual')
    .map((item) => item.id);
const includes = (values: readonly string[], value: string | null) => value !== null && values.includes(value);

describe('demo resource groups', () => {
  let database: TestDatabase;
  let db: Db;
  const today = new Date();
  const dayMs = 86_400_000;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await loadDemoData(db, today);
  });
  afterAll(() => database.drop());

  const groupOf = async (email: string) =>
    db
      .selectFrom('groups')
      .innerJoin('clients', 'clients.id', 'groups.client_id')
      .innerJoin('accounts', 'accounts.id', 'clients.account_id')
      .selectAll('groups')
      .where('accounts.email', '=', email)
      .execute();
  const professionalId = async (email: string) =>
    (
      await db
        .selectFrom('professionals')
        .innerJoin('accounts', 'accounts.id', 'professionals.account_id')
        .select('professionals.id')
        .where('accounts.email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

  it('gives the six FACT Noord clients one open group each, in phases 1 to 6, and nobody else a group', async () => {
    for (const [index, email] of factNoord.entries()) {
      const groups = await groupOf(email);
      expect(groups, email).toHaveLength(1);
      expect(groups[0]?.phase, email).toBe(index + 1);
      expect(groups[0]?.closed_at, email).toBeNull();
    }
    const all = await db.selectFrom('groups').select('id').execute();
    expect(all).toHaveLength(6);
  });

  it('gives every group a map of 6 to 12 people and Esmee as its active coordinator', async () => {
    const esmee = await professionalId('coordinator@demo.regie.test');
    for (const email of factNoord) {
      const [group] = await groupOf(email);
      if (!group) throw new Error(email);
      const people = await db
        .selectFrom('network_people')
        .select('id')
        .where('client_id', '=', group.client_id)
        .where('removed_at', 'is', null)
        .execute();
      expect(people.length, email).toBeGreaterThanOrEqual(6);
      expect(people.length, email).toBeLessThanOrEqual(12);
      const coordinators = await db
        .selectFrom('group_members')
        .select(['professional_id', 'status'])
        .where('group_id', '=', group.id)
        .where('role', '=', 'coordinator')
        .where('status', '=', 'active')
        .execute();
      expect(coordinators, email).toEqual([{ professional_id: esmee, status: 'active' }]);
    }
  });

  it('shows the deepening under way in the phase-2 group: a conversation held, and someone still to approach or talk to', async () => {
    const [group] = await groupOf('client2@demo.regie.test');
    if (!group) throw new Error('no phase-2 group');
    const conversations = await db.selectFrom('deepening_conversations').select('id').where('group_id', '=', group.id).execute();
    expect(conversations.length).toBeGreaterThan(0);
    const waiting = await db
      .selectFrom('group_members')
      .select('id')
      .where('group_id', '=', group.id)
      .where('status', 'in', ['nominated', 'approached'])
      .execute();
    expect(waiting.length).toBeGreaterThan(0);
  });

  it('leaves exactly one group without a clinician, so that the hint shows', async () => {
    const groups = await db.selectFrom('groups').select('id').execute();
    const missing: string[][] = [];
    for (const group of groups) {
      const rows = await db
        .selectFrom('group_members')
        .select(['id', 'kind', 'role', 'status'])
        .where('group_id', '=', group.id)
        .execute();
      missing.push(missingCoreProfessionals(rows as Member[], true));
    }
    expect(missing.filter((roles) => roles.includes('clinician'))).toHaveLength(1);
    expect(missing.filter((roles) => roles.includes('coordinator'))).toHaveLength(0);
  });

  it('tells a warm handover in the history of a group in phase 5 or 6: the successor first, then the predecessor leaves', async () => {
    const handover = await db
      .selectFrom('member_events')
      .innerJoin('group_members', 'group_members.id', 'member_events.member_id')
      .innerJoin('groups', 'groups.id', 'member_events.group_id')
      .select([
        'member_events.group_id',
        'member_events.occurred_at',
        'group_members.role',
        'group_members.leave_reason',
        'groups.phase',
      ])
      .where('member_events.reason', '=', 'handover')
      .where('member_events.to_status', '=', 'left')
      .execute();
    expect(handover).toHaveLength(1);
    const [left] = handover;
    if (!left) throw new Error('no handover');
    expect(left).toMatchObject({ role: 'coordinator', leave_reason: 'handover' });
    expect(left.phase).toBeGreaterThanOrEqual(5);
    const successor = await db
      .selectFrom('member_events')
      .innerJoin('group_members', 'group_members.id', 'member_events.member_id')
      .select(['member_events.occurred_at', 'group_members.professional_id'])
      .where('member_events.group_id', '=', left.group_id)
      .where('group_members.role', '=', 'coordinator')
      .where('member_events.from_status', 'is', null)
      .where('member_events.to_status', '=', 'active')
      .orderBy('member_events.occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(successor.professional_id).toBe(await professionalId('coordinator@demo.regie.test'));
    expect(successor.occurred_at < left.occurred_at).toBe(true);
    const memberDecision = await db
      .selectFrom('group_members')
      .select('id')
      .where('leave_reason', '=', 'member_decision')
      .execute();
    expect(memberDecision.length).toBeGreaterThan(0);
  });

  it('dates the groups as the method runs: phase 6 started about 15 months ago, phase 1 in the last two weeks, nothing in the future', async () => {
    const [first] = await groupOf('client1@demo.regie.test');
    const [last] = await groupOf('client6@demo.regie.test');
    const ageInDays = (iso: string | undefined) => (today.getTime() - Date.parse(iso ?? '')) / dayMs;
    expect(ageInDays(first?.created_at)).toBeLessThan(14);
    expect(ageInDays(last?.created_at)).toBeGreaterThan(420);
    expect(ageInDays(last?.created_at)).toBeLessThan(490);
    const stamps = [
      ...(await db.selectFrom('groups').select('created_at as at').execute()),
      ...(await db.selectFrom('group_phase_changes').select('changed_at as at').execute()),
      ...(await db.selectFrom('checklist_ticks').select('ticked_at as at').execute()),
      ...(await db.selectFrom('network_people').select('updated_at as at').execute()),
      ...(await db.selectFrom('network_snapshots').select('taken_at as at').execute()),
      ...(await db.selectFrom('member_events').select('occurred_at as at').execute()),
      ...(await db.selectFrom('deepening_conversations').select('updated_at as at').execute()),
    ];
    for (const { at } of stamps) expect(Date.parse(at)).toBeLessThan(today.getTime());
  });

  it('keeps earlier snapshots for the clients from phase 3 on, and they show the network grew', async () => {
    for (const email of factNoord.slice(2)) {
      const [group] = await groupOf(email);
      if (!group) throw new Error(email);
      const snapshots = await db
        .selectFrom('network_snapshots')
        .select(['entries', 'taken_at'])
        .where('client_id', '=', group.client_id)
        .orderBy('taken_at')
        .execute();
      expect(snapshots.length, email).toBeGreaterThanOrEqual(1);
      expect(snapshots.length, email).toBeLessThanOrEqual(3);
      const earliest = z.array(snapshotEntrySchema).parse(JSON.parse(snapshots[0]?.entries ?? ''));
      const now = await db
        .selectFrom('network_people')
        .select(['id as personId', 'name', 'ring', 'life_area as lifeArea', 'wish'])
        .where('client_id', '=', group.client_id)
        .where('removed_at', 'is', null)
        .execute();
      const comparison = compareSnapshots(
        earliest,
        z.array(snapshotEntrySchema.omit({ relation: true, formality: true })).parse(now),
      );
      expect(comparison.came.length + comparison.movedCloser.length, email).toBeGreaterThan(0);
    }
  });

  it('shows the client one shared conversation record and asks one demo relative to share theirs', async () => {
    const records = await db
      .selectFrom('deepening_conversations')
      .innerJoin('group_members', 'group_members.id', 'deepening_conversations.member_id')
      .select(['deepening_conversations.sharing', 'group_members.relative_id'])
      .execute();
    expect(records.filter((record) => record.sharing === 'agreed')).toHaveLength(1);
    const asked = records.filter((record) => record.sharing === 'asked');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.relative_id).not.toBeNull();
    expect(records.filter((record) => record.sharing === 'not_asked').length).toBeGreaterThan(records.length / 2);
  });

  it('stores only values the domain accepts, and histories that follow its rules', async () => {
    const groups = await db.selectFrom('groups').selectAll().execute();
    for (const group of groups) {
      expect(isPhaseNumber(group.phase)).toBe(true);
      const changes = await db
        .selectFrom('group_phase_changes')
        .selectAll()
        .where('group_id', '=', group.id)
        .orderBy('changed_at')
        .execute();
      let phase = 1;
      for (const change of changes) {
        expect(change.from_phase).toBe(phase);
        expect(canMovePhase(change.from_phase as PhaseNumber, change.to_phase as PhaseNumber)).toEqual({ ok: true });
        phase = change.to_phase;
      }
      expect(phase).toBe(group.phase);
      const allowed = new Set([1, 2, 3, 4, 5, 6].filter((p) => p <= group.phase).flatMap((p) => manualItems(p as PhaseNumber)));
      const ticks = await db.selectFrom('checklist_ticks').select('item_id').where('group_id', '=', group.id).execute();
      for (const tick of ticks) expect(allowed.has(tick.item_id), tick.item_id).toBe(true);
      if (group.phase > 1) expect(ticks.map((tick) => tick.item_id)).toContain('method_explained');
    }

    const people = await db.selectFrom('network_people').selectAll().execute();
    for (const person of people) {
      expect(includes(relations, person.relation), person.relation).toBe(true);
      expect(includes(formalities, person.formality), person.formality).toBe(true);
      expect(includes(lifeAreas, person.life_area), person.life_area).toBe(true);
      expect(includes(rings, person.ring), person.ring).toBe(true);
      expect(includes(wishes, person.wish), person.wish).toBe(true);
      if (person.email !== null) expect(person.email).toMatch(/@(demo\.regie|voorbeeld)\.test$/);
    }
    const personIds = new Set(people.map((person) => person.id));
    for (const snapshot of await db.selectFrom('network_snapshots').select('entries').execute()) {
      for (const entry of z.array(snapshotEntrySchema).parse(JSON.parse(snapshot.entries)))
        expect(personIds.has(entry.personId)).toBe(true);
    }

    const members = await db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .selectAll('group_members')
      .select('groups.client_id')
      .execute();
    for (const member of members) {
      expect(isMemberStatus(member.status), member.status).toBe(true);
      expect(isMemberKind(member.kind), member.kind).toBe(true);
      if (member.role !== null) expect(isProfessionalRole(member.role), member.role).toBe(true);
      expect(roleFitsKind(member.kind as Member['kind'], member.role as Member['role'])).toBe(true);
      expect(member.leave_reason === null || isLeaveReason(member.leave_reason)).toBe(true);
      expect(member.leave_reason !== null).toBe(member.status === 'left');
      expect([null, 'client', 'coordinator']).toContain(member.approached_by);
      expect([null, 'yes', 'no']).toContain(member.answer);
      if (member.status === 'declined') expect(member.answer).toBe('no');
      if (member.network_person_id !== null)
        expect(people.find((person) => person.id === member.network_person_id)?.client_id).toBe(member.client_id);
      if (member.relative_id !== null) {
        const relative = await db
          .selectFrom('relatives')
          .select('client_id')
          .where('id', '=', member.relative_id)
          .executeTakeFirstOrThrow();
        expect(relative.client_id).toBe(member.client_id);
      }

      const events = await db
        .selectFrom('member_events')
        .selectAll()
        .where('member_id', '=', member.id)
        .orderBy('occurred_at')
        .execute();
      expect(events[0]?.from_status).toBeNull();
      let status: MemberStatus | null = null;
      for (const event of events) {
        expect(isMemberStatus(event.to_status), event.to_status).toBe(true);
        expect(event.from_status).toBe(status);
        if (status !== null) expect(canTransition(status, event.to_status as MemberStatus)).toEqual({ ok: true });
        expect(event.by_account_id).not.toBeNull();
        status = event.to_status as MemberStatus;
      }
      expect(status).toBe(member.status);
    }

    const conversations = await db.selectFrom('deepening_conversations').selectAll().execute();
    expect(conversations.length).toBeGreaterThan(0);
    for (const conversation of conversations) {
      const themes = z.array(conversationThemeSchema).min(1).parse(JSON.parse(conversation.themes));
      expect(new Set(themes).size).toBe(themes.length);
      expect(conversationNotesSchema.safeParse(conversation.notes).success).toBe(true);
      expect(includes(conversationSharingStates, conversation.sharing), conversation.sharing).toBe(true);
      expect(conversation.held_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const member = members.find((m) => m.id === conversation.member_id);
      expect(member?.group_id).toBe(conversation.group_id);
      expect(member?.role).not.toBe('coordinator');
    }
    // Every membership that reached "conversation held" has its record, or the deepening checklist would stay open.
    const held = await db.selectFrom('member_events').select('member_id').where('to_status', '=', 'conversation_held').execute();
    for (const { member_id } of held)
      expect(
        conversations.some((c) => c.member_id === member_id),
        member_id,
      ).toBe(true);
  });
});
