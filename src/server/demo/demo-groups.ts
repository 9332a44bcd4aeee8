import { canTransition, roleFitsKind, type MemberStatus } from '../../domain/membership.js';
import {
  defaultsForRelation,
  type Formality,
  type LifeArea,
  type Relation,
  type Ring,
  type Wish,
} from '../../domain/network-map.js';
import { canMovePhase, checklist, type GroupFacts, type PhaseNumber } from '../../domain/phases.js';
import type { DbTransaction } from '../platform/db/database.js';
import { newId } from '../platform/ids/ids.js';
import { daan } from './groups/daan.js';
import { fatima } from './groups/fatima.js';
import { joep } from './groups/joep.js';
import { kees } from './groups/kees.js';
import { noor } from './groups/noor.js';
import { sanne } from './groups/sanne.js';
import { storyProfessionals, type GroupStory, type StoryActor } from './groups/story.js';

// The demo clients' resource groups, one per phase, written as stories: who did what how many days
// before the demo was loaded. Dates count back from the day of loading rather than from a fixed date,
// so that the demo looks current whenever it is started (a phase-1 group that "just started" two years
// ago would show the wrong thing). The same day of loading always gives the same data, ids apart.

/** The six stories, phase 1 to 6. */
export const groupStories: readonly GroupStory[] = [joep, fatima, sanne, kees, noor, daan];

const dayMs = 86_400_000;
const noFacts: GroupFacts = {
  networkMapPeople: 0,
  members: [],
  goals: { long: 0, short: 0 },
  signalPlanStarted: false,
  agreements: 0,
  planAgreed: false,
  meetings: [],
};

/** The manual checklist items of phases 1 to `phase`: the only ones a tick may name. */
function manualItemsUpTo(phase: PhaseNumber): Set<string> {
  const ids = new Set<string>();
  for (let p = 1; p <= phase; p++) {
    for (const item of checklist(p as PhaseNumber, noFacts, new Set())) if (item.mode === 'manual') ids.add(item.id);
  }
  return ids;
}

/**
 * Writes the demo clients' groups, maps, memberships and conversations inside the demo's
 * transaction. Every story is checked against the method's rules (phase moves, status steps, manual
 * checklist items, roles) as it is written, and a story that breaks one fails the whole transaction:
 * the demo cannot show what Regie itself would refuse.
 */
export async function loadDemoGroups(trx: DbTransaction, today: Date): Promise<void> {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const clock = {
    /** A moment `daysAgo` days before today, `minutes` after midnight (UTC). */
    at: (daysAgo: number, minutes: number) => new Date(midnight - daysAgo * dayMs + minutes * 60_000).toISOString(),
    date: (daysAgo: number) => new Date(midnight - daysAgo * dayMs).toISOString().slice(0, 10),
  };
  const professionals = new Map<string, { id: string; accountId: string; name: string }>();
  for (const [part, email] of Object.entries(storyProfessionals)) {
    const row = await trx
      .selectFrom('professionals')
      .innerJoin('accounts', 'accounts.id', 'professionals.account_id')
      .select(['professionals.id', 'professionals.account_id', 'professionals.name'])
      .where('accounts.email', '=', email)
      .executeTakeFirstOrThrow();
    professionals.set(part, { id: row.id, accountId: row.account_id, name: row.name });
  }
  for (const story of groupStories) await writeStory(trx, story, clock, professionals);
}

type Clock = { at: (daysAgo: number, minutes: number) => string; date: (daysAgo: number) => string };
type Professionals = Map<string, { id: string; accountId: string; name: string }>;

async function writeStory(trx: DbTransaction, story: GroupStory, clock: Clock, professionals: Professionals): Promise<void> {
  const fail = (problem: string): never => {
    throw new Error(`Demo group of ${story.client}: ${problem}`);
  };
  const client = await trx
    .selectFrom('clients')
    .innerJoin('accounts', 'accounts.id', 'clients.account_id')
    .select(['clients.id', 'clients.account_id'])
    .where('accounts.email', '=', story.client)
    .executeTakeFirstOrThrow();
  const professional = (part: Exclude<StoryActor, 'client'>) => professionals.get(part) ?? fail(`no professional ${part}`);
  // The coordinator of the day: the former one until the handover, Esmee after it.
  const coordinatorOn = (daysAgo: number): StoryActor =>
    story.handoverDaysAgo !== undefined && daysAgo > story.handoverDaysAgo ? 'former_coordinator' : 'coordinator';
  const account = (actor: StoryActor): string =>
    actor === 'client' ? (client.account_id ?? fail('client without account')) : professional(actor).accountId;
  const checkDay = (daysAgo: number, what: string) => {
    if (!Number.isInteger(daysAgo) || daysAgo < 1 || daysAgo > story.createdDaysAgo)
      fail(`${what}: day ${daysAgo} is outside the group's life`);
  };

  // The group and its phases.
  let phase: PhaseNumber = 1;
  let previousMove = story.createdDaysAgo;
  for (const move of story.phaseMoves) {
    const check = canMovePhase(phase, move.to);
    if (!check.ok) fail(`phase ${phase} → ${move.to}: ${check.reason}`);
    checkDay(move.daysAgo, 'phase move');
    if (move.daysAgo > previousMove) fail('phase moves out of order');
    previousMove = move.daysAgo;
    phase = move.to;
  }
  const groupId = newId();
  const lastMove = story.phaseMoves.at(-1);
  await trx
    .insertInto('groups')
    .values({
      id: groupId,
      client_id: client.id,
      name: story.groupName,
      phase,
      phase_changed_at: clock.at(lastMove?.daysAgo ?? story.createdDaysAgo, lastMove ? 13 * 60 : 7 * 60),
      created_at: clock.at(story.createdDaysAgo, 7 * 60),
      created_by_account_id: account(coordinatorOn(story.createdDaysAgo)),
    })
    .execute();
  let from: PhaseNumber = 1;
  for (const move of story.phaseMoves) {
    await trx
      .insertInto('group_phase_changes')
      .values({
        id: newId(),
        group_id: groupId,
        from_phase: from,
        to_phase: move.to,
        changed_at: clock.at(move.daysAgo, 13 * 60),
        changed_by_account_id: account(move.by),
        on_behalf_of_account_id: null,
      })
      .execute();
    from = move.to;
  }
  const allowedTicks = manualItemsUpTo(phase);
  for (const [index, tick] of story.ticks.entries()) {
    if (!allowedTicks.has(tick.item)) fail(`${tick.item} is not a manual item of phases 1 to ${phase}`);
    checkDay(tick.daysAgo, tick.item);
    await trx
      .insertInto('checklist_ticks')
      .values({
        group_id: groupId,
        item_id: tick.item,
        ticked_at: clock.at(tick.daysAgo, 12 * 60 + index),
        ticked_by_account_id: account(tick.by ?? coordinatorOn(tick.daysAgo)),
      })
      .execute();
  }

  const people = await writeMap(trx, story, clock, { clientId: client.id, account, fail, professional, checkDay });
  await writeMembers(trx, story, clock, { groupId, people, account, coordinatorOn, fail, professional, checkDay });
}

interface MapContext {
  clientId: string;
  account: (actor: StoryActor) => string;
  fail: (problem: string) => never;
  professional: (part: Exclude<StoryActor, 'client'>) => { id: string; accountId: string; name: string };
  checkDay: (daysAgo: number, what: string) => void;
}

interface WrittenPerson {
  id: string;
  name: string;
  relativeId: string | null;
  professionalId: string | null;
}

async function writeMap(
  trx: DbTransaction,
  story: GroupStory,
  clock: Clock,
  context: MapContext,
): Promise<Map<string, WrittenPerson>> {
  const { fail, checkDay } = context;
  const written = new Map<string, WrittenPerson>();
  const entries = new Map<
    string,
    { personId: string; name: string; relation: Relation; formality: Formality; lifeArea: LifeArea; ring: Ring; wish: Wish }
  >();
  for (const [index, person] of story.people.entries()) {
    const added = person.addedDaysAgo ?? story.mapMadeDaysAgo;
    checkDay(added, person.key);
    if (person.removedDaysAgo !== undefined && person.removedDaysAgo >= added) fail(`${person.key} removed before added`);
    let relativeId: string | null = null;
    if (person.relative) {
      const relative = await trx
        .selectFrom('relatives')
        .select(['id', 'name', 'client_id'])
        .where('email', '=', person.relative)
        .executeTakeFirstOrThrow();
      if (relative.name !== person.name || relative.client_id !== context.clientId)
        fail(`${person.key} is not the demo relative ${person.relative}`);
      relativeId = relative.id;
    }
    const professional = person.professional ? context.professional(person.professional) : null;
    if (professional && professional.name !== person.name) fail(`${person.key} is not ${professional.name}`);
    // The last snapshot that shows the person elsewhere: they were moved some days after it.
    const lastDifferent = story.snapshots.filter((s) => s.then?.[person.key] !== undefined).map((s) => s.daysAgo);
    const movedDaysAgo = lastDifferent.length > 0 ? Math.max(1, Math.min(...lastDifferent) - 3) : added;
    const defaults = defaultsForRelation(person.relation);
    const formality = person.formality ?? defaults.formality;
    const lifeArea = person.lifeArea ?? defaults.lifeArea;
    const row = {
      id: newId(),
      client_id: context.clientId,
      name: person.name,
      relation: person.relation,
      formality,
      life_area: lifeArea,
      ring: person.ring,
      wish: person.wish,
      email: person.email ?? null,
      phone: person.phone ?? null,
      notes: person.notes ?? null,
      created_at: clock.at(added, 7 * 60 + 10 + index),
      updated_at: clock.at(person.removedDaysAgo ?? movedDaysAgo, 7 * 60 + 10 + index),
      removed_at: person.removedDaysAgo === undefined ? null : clock.at(person.removedDaysAgo, 7 * 60 + 10 + index),
    };
    await trx.insertInto('network_people').values(row).execute();
    written.set(person.key, { id: row.id, name: row.name, relativeId, professionalId: professional?.id ?? null });
    entries.set(person.key, {
      personId: row.id,
      name: row.name,
      relation: person.relation,
      formality,
      lifeArea,
      ring: person.ring,
      wish: person.wish,
    });
  }

  for (const snapshot of story.snapshots) {
    checkDay(snapshot.daysAgo, snapshot.label);
    const onMap = story.people.filter(
      (person) =>
        (person.addedDaysAgo ?? story.mapMadeDaysAgo) >= snapshot.daysAgo &&
        (person.removedDaysAgo === undefined || person.removedDaysAgo < snapshot.daysAgo),
    );
    for (const key of Object.keys(snapshot.then ?? {})) {
      if (!onMap.some((person) => person.key === key))
        fail(`snapshot "${snapshot.label}" places ${key}, who was not on the map then`);
    }
    const people = onMap.map((person) => {
      const entry = entries.get(person.key) ?? fail(person.key);
      return { ...entry, ...snapshot.then?.[person.key] };
    });
    await trx
      .insertInto('network_snapshots')
      .values({
        id: newId(),
        client_id: context.clientId,
        taken_at: clock.at(snapshot.daysAgo, 16 * 60),
        label: snapshot.label,
        entries: JSON.stringify(people),
        created_by_account_id: context.account(snapshot.by),
      })
      .execute();
  }
  return written;
}

interface MemberContext {
  groupId: string;
  people: Map<string, WrittenPerson>;
  account: (actor: StoryActor) => string;
  coordinatorOn: (daysAgo: number) => StoryActor;
  fail: (problem: string) => never;
  professional: (part: Exclude<StoryActor, 'client'>) => { id: string };
  checkDay: (daysAgo: number, what: string) => void;
}

/** Who takes a step when the story does not say: the client nominates and approaches, the coordinator records the rest. */
function defaultActor(status: MemberStatus, coordinator: StoryActor): StoryActor {
  return status === 'nominated' || status === 'approached' ? 'client' : coordinator;
}

async function writeMembers(trx: DbTransaction, story: GroupStory, clock: Clock, context: MemberContext): Promise<void> {
  const { fail, checkDay } = context;
  const memberIds = story.members.map(() => newId());
  // The history's lines of one day keep the story's order, ten minutes apart from 08:00.
  const events = story.members
    .flatMap((member, memberIndex) => member.steps.map((step, stepIndex) => ({ member, memberIndex, step, stepIndex })))
    .sort((a, b) => b.step[1] - a.step[1]);
  const minuteOf = new Map<string, number>();
  const perDay = new Map<number, number>();
  for (const event of events) {
    const rank = perDay.get(event.step[1]) ?? 0;
    perDay.set(event.step[1], rank + 1);
    minuteOf.set(`${event.memberIndex}/${event.stepIndex}`, 8 * 60 + 10 * rank);
  }
  const stepAt = (memberIndex: number, stepIndex: number, daysAgo: number) =>
    clock.at(daysAgo, minuteOf.get(`${memberIndex}/${stepIndex}`) ?? 8 * 60);

  for (const [memberIndex, member] of story.members.entries()) {
    const person = context.people.get(member.person) ?? fail(`member ${member.person} is not on the map`);
    const name = `${person.name} (${story.client})`;
    if (!roleFitsKind(member.kind, member.role ?? null)) fail(`${name}: role ${member.role ?? ''} needs a formal member`);
    const [first, ...rest] = member.steps;
    if (!first || (first[0] !== 'nominated' && first[0] !== 'active'))
      return fail(`${name}: a membership starts nominated or active`);
    let status: MemberStatus = first[0];
    let day = first[1];
    checkDay(day, name);
    for (const step of rest) {
      const check = canTransition(status, step[0]);
      if (!check.ok) fail(`${name}: ${status} → ${step[0]}: ${check.reason}`);
      if (step[1] > day) fail(`${name}: steps out of order`);
      checkDay(step[1], name);
      status = step[0];
      day = step[1];
    }
    if ((status === 'left') !== (member.leave !== undefined)) fail(`${name}: a reason for leaving belongs with status left`);
    const approached = member.steps.find((step) => step[0] === 'approached');
    const approachedBy = approached ? (approached[2] ?? 'client') : null;
    const reached = new Set(member.steps.map((step) => step[0]));
    const answer = reached.has('declined')
      ? 'no'
      : approached && (reached.has('conversation_held') || reached.has('active'))
        ? 'yes'
        : (member.answer ?? null);
    const conversationStep = member.steps.find((step) => step[0] === 'conversation_held');
    // The deepening checklist counts records, not statuses: a held conversation needs its record.
    if (conversationStep && !member.conversation) fail(`${name}: a conversation was held but not recorded`);
    const lastStep = rest.at(-1) ?? first;

    const id = memberIds[memberIndex] ?? fail('member id');
    await trx
      .insertInto('group_members')
      .values({
        id,
        group_id: context.groupId,
        network_person_id: person.id,
        relative_id: person.relativeId,
        professional_id: person.professionalId,
        name: person.name,
        kind: member.kind,
        role: member.role ?? null,
        status,
        approached_by: approachedBy === null ? null : approachedBy === 'client' ? 'client' : 'coordinator',
        approached_on: approached ? clock.date(approached[1]) : null,
        answer,
        leave_reason: member.leave?.reason ?? null,
        leave_note: member.leave?.note ?? null,
        created_at: stepAt(memberIndex, 0, first[1]),
        updated_at: stepAt(memberIndex, member.steps.length - 1, lastStep[1]),
      })
      .execute();
    let previous: MemberStatus | null = null;
    for (const [stepIndex, [to, daysAgo, by]] of member.steps.entries()) {
      await trx
        .insertInto('member_events')
        .values({
          id: newId(),
          group_id: context.groupId,
          member_id: id,
          from_status: previous,
          to_status: to,
          occurred_at: stepAt(memberIndex, stepIndex, daysAgo),
          by_account_id: context.account(by ?? defaultActor(to, context.coordinatorOn(daysAgo))),
          on_behalf_of_account_id: null,
          reason: to === 'left' ? (member.leave?.reason ?? null) : null,
        })
        .execute();
      previous = to;
    }

    if (member.conversation) {
      const heldDaysAgo = member.conversation.daysAgo ?? conversationStep?.[1] ?? fail(`${name}: when was the conversation?`);
      checkDay(heldDaysAgo, `${name}'s conversation`);
      if (member.role === 'coordinator') fail(`${name}: the coordinator holds the conversations and has none`);
      const recordedAt = clock.at(heldDaysAgo, 17 * 60);
      await trx
        .insertInto('deepening_conversations')
        .values({
          id: newId(),
          group_id: context.groupId,
          member_id: id,
          held_on: clock.date(heldDaysAgo),
          themes: JSON.stringify(member.conversation.themes),
          notes: member.conversation.notes,
          sharing: member.conversation.sharing,
          recorded_by_account_id: context.account(context.coordinatorOn(heldDaysAgo)),
          created_at: recordedAt,
          updated_at: recordedAt,
        })
        .execute();
    }
  }
}
