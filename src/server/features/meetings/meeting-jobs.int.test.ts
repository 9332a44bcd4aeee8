import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDay, amsterdamToUtc, addDays } from '../../../domain/amsterdam-time.js';
import { reminderAt } from '../../../domain/meeting-rhythm.js';
import { buildApp } from '../../app.js';
import { openDatabase, type Db } from '../../platform/db/database.js';
import { createJobWorker, runDue, type JobHandler } from '../../platform/jobs/job-worker.js';
import type { Job } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { createSmtpMailer } from '../../platform/mail/smtp-mailer.js';
import { createMeeting, createMember, createNetworkPerson, createWorld, type World } from '../../testing/factories.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { testConfig } from '../../testing/test-app.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../../testing/test-database.js';
import { cancelReminder, enqueueMeetingMails, meetingJobHandlers, scheduleReminder } from './meeting-jobs.js';

const from = 'Regie <noreply@regie.test>';
const linkOrigin = 'http://regie.test';

let t: TestDatabase;
let catcher: SmtpCatcher;
let mailer: Mailer;
let world: World;
let handlers: Record<string, JobHandler>;
let people: { coordinator: Person; clinician: Person; relative: Person; nominee: { memberId: string } };

interface Person {
  memberId: string;
  email: string;
  accountId: string;
}

beforeAll(async () => {
  t = await createTestDatabase();
  catcher = await startSmtpCatcher();
  mailer = createSmtpMailer(catcher.url, from);
  world = await createWorld(t.db);
  handlers = meetingJobHandlers({ db: t.db, mailer, linkOrigin, mailFrom: from });
  const memberOf = async (professionalId: string) =>
    (
      await t.db
        .selectFrom('group_members')
        .select('id')
        .where('group_id', '=', world.clientGroup.group.id)
        .where('professional_id', '=', professionalId)
        .executeTakeFirstOrThrow()
    ).id;
  people = {
    coordinator: {
      memberId: await memberOf(world.coordinator.id),
      email: world.coordinator.email,
      accountId: world.coordinator.account_id,
    },
    clinician: {
      memberId: await memberOf(world.clinician.id),
      email: world.clinician.email,
      accountId: world.clinician.account_id,
    },
    relative: {
      memberId: world.clientGroup.member.id,
      email: world.relative.email,
      accountId: world.relative.account_id,
    },
    nominee: { memberId: world.clientGroup.nominee.id },
  };
});

afterAll(async () => {
  await mailer.close();
  await catcher.close();
  await t.drop();
});

const invitedPeople = () => [people.coordinator, people.clinician, people.relative];

/** A meeting of the client's group, `days` from today at 14:00, with these members invited. */
async function meeting(values: { days?: number; invited?: readonly string[] } = {}) {
  return createMeeting(t.db, {
    groupId: world.clientGroup.group.id,
    createdByAccountId: world.client.account_id ?? world.coordinator.account_id,
    daysFromToday: values.days ?? 30,
    time: '14:00',
    inviteeMemberIds: values.invited ?? invitedPeople().map((person) => person.memberId),
  });
}

const mailsAbout = (meetingId: string) => catcher.mails.filter((mail) => mail.text.includes(`/bijeenkomsten/${meetingId}`));

async function calendarOf(mail: CaughtMail) {
  const parsed = await simpleParser(mail.raw);
  const files = parsed.attachments.filter((attachment) => attachment.filename?.endsWith('.ics'));
  expect(files).toHaveLength(1);
  const file = files[0];
  if (!file) throw new Error('no calendar file');
  const text = file.content.toString('utf8');
  const lines = text.replaceAll(/\r\n[ \t]/g, '').split('\r\n');
  const value = (name: string) => {
    const line = lines.find((candidate) => candidate.startsWith(`${name}:`) || candidate.startsWith(`${name};`));
    return line?.slice(line.indexOf(':', name.length) + 1);
  };
  const header = file.headers.get('content-type') as { value: string; params: Record<string, string> };
  return { text, value, contentType: header.value, methodParam: header.params.method };
}

const utcStamp = (iso: string) => iso.replaceAll(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

const jobsOfKind = (db: Db, kind: string, key: string) =>
  db.selectFrom('jobs').selectAll().where('kind', '=', kind).where('dedupe_key', 'like', `${key}%`).execute();

describe('meeting mails', () => {
  it('mail every invited member once, in their own language, with a calendar file, and no one else', async () => {
    await t.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', people.relative.accountId).execute();
    const planned = await meeting({ invited: [...invitedPeople().map((p) => p.memberId), people.nominee.memberId] });
    await t.db.transaction().execute((trx) =>
      enqueueMeetingMails(trx, {
        meetingId: planned.id,
        sequence: 0,
        // The nominee is not an active member with an account: no mail for them.
        memberIds: [...invitedPeople().map((p) => p.memberId), people.nominee.memberId, people.coordinator.memberId],
        method: 'request',
      }),
    );
    expect(await runDue({ db: t.db, handlers })).toEqual(['done', 'done', 'done', 'done']);

    const mails = mailsAbout(planned.id);
    expect(
      mails
        .map((mail) => mail.recipients)
        .flat()
        .sort(),
    ).toEqual(
      invitedPeople()
        .map((p) => p.email)
        .sort(),
    );
    for (const mail of mails) {
      const english = mail.recipients[0] === people.relative.email;
      expect(mail.subject).toMatch(english ? /^Invitation: / : /^Uitnodiging: /);
      expect(mail.text).toContain(`${linkOrigin}/clienten/${world.client.id}/bijeenkomsten/${planned.id}`);
      expect(mail.from).toContain('noreply@regie.test');
      const everything = `${mail.subject}\n${mail.raw}`;
      expect(everything).not.toContain(world.client.name);
      expect(everything).not.toContain(world.clientGroup.group.name);

      const calendar = await calendarOf(mail);
      expect(calendar.contentType).toBe('text/calendar');
      expect(calendar.methodParam).toBe('REQUEST');
      expect(calendar.value('METHOD')).toBe('REQUEST');
      expect(calendar.value('UID')).toBe(`${planned.id}@regie`);
      expect(calendar.value('SEQUENCE')).toBe('0');
      expect(calendar.value('STATUS')).toBe('CONFIRMED');
      expect(calendar.value('DTSTART')).toBe(utcStamp(planned.startsAt));
      expect(calendar.value('DURATION')).toBe('PT1H');
      expect(calendar.value('SUMMARY')).toBe(english ? 'Group meeting' : 'Bijeenkomst van de groep');
      expect(calendar.value('ATTENDEE')?.toLowerCase()).toBe(`mailto:${mail.recipients[0]}`);
    }

    // Asking again for the same mails queues nothing new.
    await enqueueMeetingMails(t.db, {
      meetingId: planned.id,
      sequence: 0,
      memberIds: [people.coordinator.memberId],
      method: 'request',
    });
    expect(await runDue({ db: t.db, handlers })).toEqual([]);
    expect(mailsAbout(planned.id)).toHaveLength(3);
    await t.db.updateTable('accounts').set({ locale: 'nl' }).where('id', '=', people.relative.accountId).execute();
  });

  it('skip a mail whose sequence is older than the meeting’s, and word the newer one as a change', async () => {
    const planned = await meeting();
    const relative = people.relative.memberId;
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 0, memberIds: [relative], method: 'request' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);
    expect(mailsAbout(planned.id).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Uitnodiging/)]);

    // Moved twice before the mails of the first move went out.
    const movedTo = amsterdamToUtc(addDays(amsterdamDay(new Date()), 31), '10:00');
    await t.db.updateTable('meetings').set({ starts_at: movedTo, sequence: 2 }).where('id', '=', planned.id).execute();
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 1, memberIds: [relative], method: 'request' });
    // The clinician joined since: their first mail is an invitation.
    await enqueueMeetingMails(t.db, {
      meetingId: planned.id,
      sequence: 2,
      memberIds: [relative, people.clinician.memberId],
      method: 'request',
    });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done', 'done', 'done']);

    const [, ...later] = mailsAbout(planned.id);
    expect(later).toHaveLength(2);
    const toRelative = later.find((mail) => mail.recipients[0] === people.relative.email);
    const toClinician = later.find((mail) => mail.recipients[0] === people.clinician.email);
    expect(toRelative?.subject).toMatch(/^Gewijzigd/);
    expect(toClinician?.subject).toMatch(/^Uitnodiging/);
    for (const mail of later) {
      const calendar = await calendarOf(mail);
      expect(calendar.value('SEQUENCE')).toBe('2');
      expect(calendar.value('DTSTART')).toBe(utcStamp(movedTo));
    }
  });

  it('cancel with METHOD CANCEL, the same UID and a higher sequence', async () => {
    const planned = await meeting();
    const coordinator = people.coordinator.memberId;
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 0, memberIds: [coordinator], method: 'request' });
    await runDue({ db: t.db, handlers });
    await t.db
      .updateTable('meetings')
      .set({ status: 'cancelled', sequence: 1, cancelled_at: new Date().toISOString() })
      .where('id', '=', planned.id)
      .execute();
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 1, memberIds: [coordinator], method: 'cancel' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);

    const [invitation, cancellation] = mailsAbout(planned.id);
    if (!invitation || !cancellation) throw new Error('two mails expected');
    expect(cancellation.subject).toMatch(/^Gaat niet door/);
    const before = await calendarOf(invitation);
    const after = await calendarOf(cancellation);
    expect(after.methodParam).toBe('CANCEL');
    expect(after.value('METHOD')).toBe('CANCEL');
    expect(after.value('STATUS')).toBe('CANCELLED');
    expect(after.value('UID')).toBe(before.value('UID'));
    expect(Number(after.value('SEQUENCE'))).toBeGreaterThan(Number(before.value('SEQUENCE')));
  });

  it('mail nobody who may no longer see the client’s meetings', async () => {
    const invite = async () => {
      const planned = await meeting();
      await enqueueMeetingMails(t.db, {
        meetingId: planned.id,
        sequence: 0,
        memberIds: [people.relative.memberId, people.coordinator.memberId],
        method: 'request',
      });
      expect(await runDue({ db: t.db, handlers })).toEqual(['done', 'done']);
      return mailsAbout(planned.id)
        .map((mail) => mail.recipients)
        .flat();
    };
    // The client no longer shares meetings with the relative.
    await t.db
      .insertInto('sharing_settings')
      .values({
        client_id: world.client.id,
        relative_id: world.relative.id,
        category: 'meetings',
        shared: 0,
        updated_at: new Date().toISOString(),
        updated_by_account_id: world.client.account_id ?? '',
      })
      .execute();
    try {
      expect(await invite()).toEqual([people.coordinator.email]);
    } finally {
      await t.db.deleteFrom('sharing_settings').where('client_id', '=', world.client.id).execute();
    }
    // The relative's place in the client's circle ended.
    await t.db.updateTable('relatives').set({ ended_at: new Date().toISOString() }).where('id', '=', world.relative.id).execute();
    try {
      expect(await invite()).toEqual([people.coordinator.email]);
    } finally {
      await t.db.updateTable('relatives').set({ ended_at: null }).where('id', '=', world.relative.id).execute();
    }
    expect((await invite()).sort()).toEqual([people.coordinator.email, people.relative.email].sort());
  });
});

describe('meeting mails to members who do not use Regie', () => {
  // Someone known from the client's network map (a relative without an account, a peer expert, a
  // professional of another team) is invited like everyone, but cannot open Regie: the mail goes to
  // the address on the map (or on the relative's record) and tells whom to answer instead.
  const mailsTo = (email: string) => catcher.mails.filter((mail) => mail.recipients.includes(email));

  async function fromMap(values: { email: string | null; kind?: string; professionalId?: string }) {
    const person = await createNetworkPerson(t.db, { clientId: world.client.id, email: values.email });
    const member = await createMember(t.db, {
      groupId: world.clientGroup.group.id,
      name: person.name,
      kind: values.kind ?? 'informal',
      networkPersonId: person.id,
      professionalId: values.professionalId ?? null,
    });
    return { personId: person.id, memberId: member.id, email: values.email };
  }

  // The mail's decoded text and HTML and its calendar file: no way into Regie, nothing of the client.
  async function expectMailOnly(mail: CaughtMail) {
    const everything = [mail.subject, mail.text, mail.html ?? '', (await calendarOf(mail)).text].join('\n');
    expect(everything).not.toContain(linkOrigin);
    expect(everything).not.toContain('/bijeenkomsten/');
    expect(everything).not.toMatch(/in Regie/);
    expect(everything).not.toContain(world.client.name);
    expect(everything).not.toContain(world.clientGroup.group.name);
  }

  it('mail the map’s address with the calendar file, no link and whom to tell; nobody without an address or off the map', async () => {
    const aunt = await fromMap({ email: `${newId()}@voorbeeld.test` });
    const peer = await fromMap({ email: null, kind: 'peer' });
    const removed = await fromMap({ email: `${newId()}@voorbeeld.test` });
    await t.db.updateTable('network_people').set({ removed_at: nowIso() }).where('id', '=', removed.personId).execute();
    // A professional of another team: their account cannot open the meeting, so the map's address.
    const outsider = await fromMap({
      email: `${newId()}@voorbeeld.test`,
      kind: 'formal',
      professionalId: world.otherTeamCoordinator.id,
    });
    const members = [aunt, peer, removed, outsider].map((person) => person.memberId);
    const planned = await meeting({ invited: members });
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 0, memberIds: members, method: 'request' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done', 'done', 'done', 'done']);

    expect(mailsTo(removed.email ?? '')).toEqual([]);
    expect(mailsTo(world.otherTeamCoordinator.email)).toEqual([]);
    for (const person of [aunt, outsider]) {
      const [mail, ...more] = mailsTo(person.email ?? '');
      expect(more).toEqual([]);
      if (!mail) throw new Error(`no mail to ${person.email}`);
      expect(mail.subject).toMatch(/^Uitnodiging: /);
      expect(mail.text).toContain('Tijd: 14:00 tot 15:00');
      expect(mail.text).toContain('Kunt u niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.');
      await expectMailOnly(mail);
      const calendar = await calendarOf(mail);
      expect(calendar.value('METHOD')).toBe('REQUEST');
      expect(calendar.value('UID')).toBe(`${planned.id}@regie`);
      expect(calendar.value('DTSTART')).toBe(utcStamp(planned.startsAt));
      expect(calendar.value('URL')).toBeUndefined();
      expect(calendar.value('ATTENDEE')?.toLowerCase()).toBe(`mailto:${person.email ?? ''}`);
    }
    // Without an address the invitation is only a row, for the client to see; once the map has an
    // address, the mail of the next change reaches them.
    const address = `${newId()}@voorbeeld.test`;
    await t.db.updateTable('network_people').set({ email: address }).where('id', '=', peer.personId).execute();
    await t.db.updateTable('meetings').set({ sequence: 1 }).where('id', '=', planned.id).execute();
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 1, memberIds: [peer.memberId], method: 'request' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);
    expect(mailsTo(address).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Uitnodiging: /)]);
  });

  it('mail a relative without an account at their record’s address, while the client shares meetings with them', async () => {
    const relativeId = newId();
    const email = `${newId()}@voorbeeld.test`;
    await t.db
      .insertInto('relatives')
      .values({
        id: relativeId,
        account_id: null,
        client_id: world.client.id,
        name: 'Oom Henk',
        email,
        relation: 'other_family',
        created_at: nowIso(),
      })
      .execute();
    const member = await createMember(t.db, { groupId: world.clientGroup.group.id, name: 'Oom Henk', relativeId });
    const invite = async () => {
      const planned = await meeting({ invited: [member.id] });
      await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 0, memberIds: [member.id], method: 'request' });
      expect(await runDue({ db: t.db, handlers })).toEqual(['done']);
    };
    await invite();
    const [mail, ...more] = mailsTo(email);
    expect(more).toEqual([]);
    await expectMailOnly(mail ?? expect.unreachable());
    expect(mail?.text).toContain('Laat het dan weten aan de persoon die u heeft uitgenodigd.');

    await t.db
      .insertInto('sharing_settings')
      .values({
        client_id: world.client.id,
        relative_id: relativeId,
        category: 'meetings',
        shared: 0,
        updated_at: nowIso(),
        updated_by_account_id: world.client.account_id ?? '',
      })
      .execute();
    try {
      await invite();
      expect(mailsTo(email)).toHaveLength(1);
    } finally {
      await t.db.deleteFrom('sharing_settings').where('relative_id', '=', relativeId).execute();
    }
  });

  it('word an update, a cancellation and a reminder for them without Regie too', async () => {
    const aunt = await fromMap({ email: `${newId()}@voorbeeld.test` });
    const to = aunt.email ?? '';
    const planned = await meeting({ invited: [aunt.memberId] });
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 0, memberIds: [aunt.memberId], method: 'request' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);
    await t.db.updateTable('meetings').set({ sequence: 1 }).where('id', '=', planned.id).execute();
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 1, memberIds: [aunt.memberId], method: 'request' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);

    await scheduleReminder(t.db, { meetingId: planned.id, startsAt: planned.startsAt });
    const due = new Date(Date.parse(reminderAt(planned.startsAt)) + 60_000);
    expect(await runDue({ db: t.db, handlers, now: () => due })).toEqual(['done']);

    await t.db
      .updateTable('meetings')
      .set({ status: 'cancelled', sequence: 2, cancelled_at: nowIso() })
      .where('id', '=', planned.id)
      .execute();
    // A member who left still hears that the meeting is off.
    await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', aunt.memberId).execute();
    await enqueueMeetingMails(t.db, { meetingId: planned.id, sequence: 2, memberIds: [aunt.memberId], method: 'cancel' });
    expect(await runDue({ db: t.db, handlers })).toEqual(['done']);

    const mails = mailsTo(to);
    expect(mails.map((mail) => mail.subject.split(':')[0])).toEqual([
      'Uitnodiging',
      'Gewijzigd',
      'Herinnering',
      'Gaat niet door',
    ]);
    const [, update, reminder, cancellation] = mails;
    if (!update || !reminder || !cancellation) throw new Error('four mails expected');
    expect(update.text).toContain('Kunt u nu niet meer komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.');
    expect(reminder.text).toContain('Kunt u toch niet komen? Laat het dan weten aan de persoon die u heeft uitgenodigd.');
    expect(cancellation.text).not.toMatch(/Laat het dan weten/);
    for (const mail of mails) await expectMailOnly(mail);
    const calendar = await calendarOf(cancellation);
    expect(calendar.value('METHOD')).toBe('CANCEL');
    expect(calendar.value('URL')).toBeUndefined();
  });
});

describe('meeting reminders', () => {
  const dueAt = (startsAt: string) => new Date(Date.parse(reminderAt(startsAt)) + 60_000);

  it('remind every invitee who did not say no, once, and mark them reminded', async () => {
    const planned = await meeting();
    await t.db
      .updateTable('meeting_invitees')
      .set({ answer: 'no', answered_at: new Date().toISOString() })
      .where('meeting_id', '=', planned.id)
      .where('member_id', '=', people.clinician.memberId)
      .execute();
    await t.db
      .updateTable('meeting_invitees')
      .set({ answer: 'maybe', answered_at: new Date().toISOString() })
      .where('meeting_id', '=', planned.id)
      .where('member_id', '=', people.coordinator.memberId)
      .execute();
    await t.db.transaction().execute((trx) => scheduleReminder(trx, { meetingId: planned.id, startsAt: planned.startsAt }));
    const [job] = await jobsOfKind(t.db, 'meeting.reminder', `meeting.reminder:${planned.id}:`);
    expect(job).toMatchObject({ status: 'pending', run_at: reminderAt(planned.startsAt) });

    const at = dueAt(planned.startsAt);
    // Not before its time.
    expect(await runDue({ db: t.db, handlers, now: () => new Date(at.getTime() - 120_000) })).toEqual([]);
    expect(await runDue({ db: t.db, handlers, now: () => at })).toEqual(['done']);
    const mails = mailsAbout(planned.id);
    expect(
      mails
        .map((mail) => mail.recipients)
        .flat()
        .sort(),
    ).toEqual([people.coordinator.email, people.relative.email].sort());
    expect(mails.every((mail) => mail.subject.startsWith('Herinnering'))).toBe(true);
    const invitees = await t.db
      .selectFrom('meeting_invitees')
      .select(['member_id', 'reminded_at'])
      .where('meeting_id', '=', planned.id)
      .execute();
    const reminded = (memberId: string) => invitees.find((row) => row.member_id === memberId)?.reminded_at ?? null;
    expect(reminded(people.coordinator.memberId)).not.toBeNull();
    expect(reminded(people.relative.memberId)).not.toBeNull();
    expect(reminded(people.clinician.memberId)).toBeNull();

    // The same job run again (its worker died before it was marked done) mails nobody twice.
    const row = job ?? expect.unreachable();
    const again: Job = {
      id: row.id,
      kind: row.kind,
      payload: JSON.parse(row.payload) as unknown,
      runAt: row.run_at,
      attempts: 2,
      maxAttempts: 10,
      dedupeKey: row.dedupe_key,
    };
    await handlers['meeting.reminder']?.(again, { signal: new AbortController().signal });
    expect(mailsAbout(planned.id)).toHaveLength(2);
    // Scheduling the same reminder again changes nothing.
    await scheduleReminder(t.db, { meetingId: planned.id, startsAt: planned.startsAt });
    expect(await runDue({ db: t.db, handlers, now: () => at })).toEqual([]);
    expect(await jobsOfKind(t.db, 'meeting.reminder', `meeting.reminder:${planned.id}:`)).toHaveLength(1);
  });

  it('send nothing for a meeting that moved or was cancelled since the reminder was queued', async () => {
    const moved = await meeting();
    const cancelled = await meeting();
    await scheduleReminder(t.db, { meetingId: moved.id, startsAt: moved.startsAt });
    await scheduleReminder(t.db, { meetingId: cancelled.id, startsAt: cancelled.startsAt });
    const later = amsterdamToUtc(addDays(amsterdamDay(new Date()), 40), '14:00');
    await t.db.updateTable('meetings').set({ starts_at: later, sequence: 1 }).where('id', '=', moved.id).execute();
    await t.db.updateTable('meetings').set({ status: 'cancelled', sequence: 1 }).where('id', '=', cancelled.id).execute();

    expect(await runDue({ db: t.db, handlers, now: () => dueAt(moved.startsAt) })).toEqual(['done', 'done']);
    expect(mailsAbout(moved.id)).toEqual([]);
    expect(mailsAbout(cancelled.id)).toEqual([]);
  });

  it('queue no reminder when its time has passed, and take one up again when the meeting moves back', async () => {
    const soon = await meeting({ days: 1 });
    await scheduleReminder(t.db, { meetingId: soon.id, startsAt: soon.startsAt });
    expect(await jobsOfKind(t.db, 'meeting.reminder', `meeting.reminder:${soon.id}:`)).toEqual([]);

    const planned = await meeting();
    const other = amsterdamToUtc(addDays(amsterdamDay(new Date()), 35), '14:00');
    await scheduleReminder(t.db, { meetingId: planned.id, startsAt: planned.startsAt });
    await t.db.transaction().execute(async (trx) => {
      await cancelReminder(trx, { meetingId: planned.id, startsAt: planned.startsAt });
      await scheduleReminder(trx, { meetingId: planned.id, startsAt: other });
    });
    await t.db
      .updateTable('meeting_invitees')
      .set({ reminded_at: new Date().toISOString() })
      .where('meeting_id', '=', planned.id)
      .execute();
    await t.db.transaction().execute(async (trx) => {
      await cancelReminder(trx, { meetingId: planned.id, startsAt: other });
      await scheduleReminder(trx, { meetingId: planned.id, startsAt: planned.startsAt });
    });
    const jobs = await jobsOfKind(t.db, 'meeting.reminder', `meeting.reminder:${planned.id}:`);
    expect(jobs.map((job) => [job.dedupe_key, job.status]).sort()).toEqual(
      [
        [`meeting.reminder:${planned.id}:${planned.startsAt}`, 'pending'],
        [`meeting.reminder:${planned.id}:${other}`, 'cancelled'],
      ].sort(),
    );
    // Back at its first time, the meeting's reminder goes to everyone again.
    const remindedAt = await t.db
      .selectFrom('meeting_invitees')
      .select('reminded_at')
      .where('meeting_id', '=', planned.id)
      .execute();
    expect(remindedAt.every((row) => row.reminded_at === null)).toBe(true);
    expect(await runDue({ db: t.db, handlers, now: () => dueAt(planned.startsAt) })).toEqual(['done']);
    expect(mailsAbout(planned.id)).toHaveLength(3);
  });

  // Two instances on one database is the PostgreSQL deployment (see jobs.int.test.ts on SQLite).
  it.runIf(testDialect() === 'postgres')(
    'is done exactly once when two workers on two connection pools claim it at the same moment',
    async () => {
      const meetings = await Promise.all([0, 1, 2, 3, 4].map(() => meeting({ days: 60 })));
      for (const planned of meetings) await scheduleReminder(t.db, { meetingId: planned.id, startsAt: planned.startsAt });
      const at = () => dueAt(meetings[0]?.startsAt ?? '');
      const pools = [openDatabase(t.database), openDatabase(t.database)];
      try {
        const outcomes = await Promise.all(
          pools.map((db, index) =>
            runDue({
              db,
              handlers: meetingJobHandlers({ db, mailer, linkOrigin, mailFrom: from }),
              workerId: `worker-${index}`,
              now: at,
            }),
          ),
        );
        expect(outcomes.flat()).toEqual(meetings.map(() => 'done'));
      } finally {
        await Promise.all(pools.map((db) => db.destroy()));
      }
      for (const planned of meetings) {
        expect(mailsAbout(planned.id)).toHaveLength(invitedPeople().length);
        const [job] = await jobsOfKind(t.db, 'meeting.reminder', `meeting.reminder:${planned.id}:`);
        expect(job).toMatchObject({ status: 'done', attempts: 1 });
      }
    },
  );
});

describe('meeting jobs and the app', () => {
  it('send a mail left pending at shutdown once the app runs again on the same database', async () => {
    const config = { ...testConfig, linkOrigin, mail: { transport: 'smtp' as const, url: catcher.url, from } };
    const planned = await meeting();

    // The first life: the app is up, a mail is queued, and the process stops before a worker took it.
    const before = openDatabase(t.database);
    const first = await buildApp(config, before);
    await first.ready();
    const idle = createJobWorker({ db: before, handlers: first.jobHandlers, pollMs: 60_000 });
    idle.start();
    await idle.stop();
    await before.transaction().execute((trx) =>
      enqueueMeetingMails(trx, {
        meetingId: planned.id,
        sequence: 0,
        memberIds: [people.relative.memberId],
        method: 'request',
      }),
    );
    await first.close();
    await before.destroy();
    expect(mailsAbout(planned.id)).toEqual([]);

    // The second life: a new database handle, a new app, its worker.
    const after = openDatabase(t.database);
    const second = await buildApp(config, after);
    await second.ready();
    const worker = createJobWorker({ db: after, handlers: second.jobHandlers, pollMs: 20 });
    try {
      worker.start();
      const mail = await catcher.waitFor((caught) => caught.text.includes(`/bijeenkomsten/${planned.id}`), { timeoutMs: 10_000 });
      expect(mail.recipients).toEqual([people.relative.email]);
    } finally {
      await worker.stop();
      await second.close();
      await after.destroy();
    }
    const [job] = await jobsOfKind(t.db, 'meeting.mail', `meeting.mail:${planned.id}:`);
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
  });
});
