import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/groups.js';
import type { Invitation, SentInvitation } from '../../../shared/invitations.js';
import { nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createNetworkPerson, createWorld, type World } from '../../testing/factories.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { groupCalls, memberOf, memberUrl, problemCode, url, type GroupCalls } from './group-testing.js';
import { dutchToday } from '../../platform/ids/ids.js';

// A nominee with an email address gets a personal invitation: a real mail through a real SMTP
// server, a link that asks them to join the group, and their yes or no recorded from it.

const invitationLink = /http:\/\/regie\.test\/uitnodiging#([A-Za-z0-9_-]{43})/;

describe('inviting nominees by email', () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;
  let smtp: SmtpCatcher;
  let client: { id: string; name: string; account_id: string | null };
  let serial = 0;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({ mail: { transport: 'smtp', url: smtp.url, from: 'Regie <noreply@regie.test>' } });
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
    client = await c.newClient('director');
    expect((await c.send('director', 'POST', url(client.id), { name: 'Groep van Fenna' })).statusCode).toBe(201);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const digest = () => databaseDigest(t.db, bookkeepingTables);
  const publicPost = (path: string, payload: object) => t.request({ method: 'POST', url: path, payload });

  /** Someone on the map with an email address, nominated by the client. */
  async function nominee(values: { relation?: string; email?: string | null } = {}) {
    const email = values.email === undefined ? `genodigde-${++serial}@voorbeeld.test` : values.email;
    const person = await createNetworkPerson(t.db, {
      clientId: client.id,
      name: `Genodigde ${serial}`,
      relation: values.relation ?? 'neighbour',
      email,
    });
    const response = await c.send('director', 'POST', url(client.id, '/members'), { networkPersonId: person.id });
    expect(response.statusCode, response.body).toBe(201);
    return { person, member: response.json<Member>(), email: email ?? '' };
  }

  async function invite(memberId: string, email: string, who = 'director') {
    const before = smtp.mails.length;
    const response = await c.send(who, 'POST', memberUrl(client.id, memberId, 'invitation'));
    expect(response.statusCode, response.body).toBe(201);
    const mail = await smtp.waitFor((m) => m.recipients.includes(email), { after: before });
    const token = invitationLink.exec(mail.text)?.[1];
    if (token === undefined) throw new Error(`no link in ${mail.text}`);
    return { mail, token, sent: response.json<SentInvitation>() };
  }

  const member = async (memberId: string) => memberOf(await c.group('director', client.id), memberId);

  it('mails the nominee a link that asks them to join, and records them as approached by the client', async () => {
    const { member: nominated, email, person } = await nominee({ relation: 'gp' });
    expect(nominated).toMatchObject({ canBeInvitedByEmail: true, abilities: { invite: true } });
    const since = await lastAuditSequence(t.db);
    const { mail, token } = await invite(nominated.id, email);
    const rows = await auditRowsAfter(t.db, since);

    expect(mail.subject).toBe('Een vraag om mee te doen in een resourcegroep');
    expect(mail.text).toContain('zegt u ja of nee');
    for (const secret of [client.name, 'Groep van Fenna', person.name, w.coordinator.name])
      expect(mail.raw, secret).not.toContain(secret);

    const relative = await t.db
      .selectFrom('relatives')
      .selectAll()
      .where('client_id', '=', client.id)
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    // The map knows more relations than relatives do: a GP is an 'other' relative.
    expect(relative).toMatchObject({ name: person.name, relation: 'other', ended_at: null });
    const account = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', relative.account_id ?? '')
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ kind: 'relative', password_hash: null, email });
    expect(await member(nominated.id)).toMatchObject({
      status: 'approached',
      approachedBy: 'client',
      approachedOn: dutchToday(),
      relativeId: relative.id,
      canBeInvitedByEmail: true,
    });
    expect(rows).toMatchObject([
      { action: 'create', data_category: 'relatives', client_id: client.id, object_id: relative.id },
      { action: 'update', data_category: 'group', object_id: nominated.id },
      { action: 'create', data_category: 'invitation', client_id: client.id, object_id: relative.id },
      { action: 'update', data_category: 'group', object_id: nominated.id },
    ]);

    const seen = await publicPost('/api/invitations/inspect', { token });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<Invitation>()).toMatchObject({
      name: person.name,
      role: 'relative',
      group: { clientName: client.name, groupName: 'Groep van Fenna' },
    });

    // A new link replaces the first; the membership stays approached, with its first date.
    const again = await invite(nominated.id, email);
    expect((await publicPost('/api/invitations/inspect', { token })).statusCode).toBe(404);
    expect((await publicPost('/api/invitations/inspect', { token: again.token })).statusCode).toBe(200);

    // Accepting is saying yes: the answer is recorded, and the coordinator makes them active.
    const accepted = await publicPost('/api/invitations/accept', { token: again.token, password: 'fiets regen koffie lamp' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await member(nominated.id)).toMatchObject({
      status: 'approached',
      answer: 'yes',
      canBeInvitedByEmail: false,
      abilities: { invite: false, activate: true },
    });
    const newcomer = await t.signIn(email, 'fiets regen koffie lamp');
    const beforeActive = await t.request({ method: 'GET', url: url(client.id), cookie: newcomer });
    expect(beforeActive.statusCode, beforeActive.body).toBe(200);
    expect(beforeActive.json<{ group: { members: Member[] } }>().group.members.map((m) => m.id)).not.toContain(nominated.id);
    expect((await c.send('coordinator', 'POST', memberUrl(client.id, nominated.id, 'activate'))).statusCode).toBe(200);
    const afterActive = await t.request({ method: 'GET', url: url(client.id), cookie: newcomer });
    expect(afterActive.json<{ group: { members: Member[] } }>().group.members.map((m) => m.id)).toContain(nominated.id);

    const signsIn = await c.send('director', 'POST', memberUrl(client.id, nominated.id, 'invitation'));
    expect(signsIn.statusCode).toBe(409);
    expect(problemCode(signsIn)).toBe('can_already_sign_in');
  });

  it('lets the nominee say no with the link: declined, their place ends, the link is used up', async () => {
    const { member: nominated, email, person } = await nominee();
    const { token } = await invite(nominated.id, email);
    const relativeId = (await member(nominated.id)).relativeId ?? '';

    const since = await lastAuditSequence(t.db);
    const declined = await publicPost('/api/invitations/decline', { token });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toEqual({ status: 'declined' });
    const rows = await auditRowsAfter(t.db, since);
    expect(await member(nominated.id)).toMatchObject({ status: 'declined', answer: 'no', canBeInvitedByEmail: false });
    const relative = await t.db
      .selectFrom('relatives')
      .select(['ended_at', 'account_id'])
      .where('id', '=', relativeId)
      .executeTakeFirstOrThrow();
    expect(relative.ended_at).not.toBeNull();
    expect(rows).toMatchObject([
      {
        action: 'update',
        data_category: 'invitation',
        client_id: client.id,
        actor_account_id: relative.account_id,
        actor_role: 'relative',
      },
      { action: 'update', data_category: 'group', client_id: client.id, object_id: nominated.id },
      { action: 'update', data_category: 'relatives', client_id: client.id, object_id: relativeId },
    ]);
    const events = (await c.history('director', client.id)).events.filter(
      (e) => e.kind === 'member' && e.memberId === nominated.id,
    );
    expect(events[0]).toMatchObject({ from: 'approached', to: 'declined', by: person.name });

    const before = await digest();
    for (const path of ['/api/invitations/decline', '/api/invitations/inspect']) {
      expect((await publicPost(path, { token })).statusCode, path).toBe(404);
    }
    expect((await publicPost('/api/invitations/accept', { token, password: 'fiets regen koffie lamp' })).statusCode).toBe(404);
    expect(await digest()).toEqual(before);
  });

  it('declines only invitations that ask to join a group, leaving any other link as it was', async () => {
    const response = await c.send('director', 'POST', `/api/clients/${client.id}/relatives`, {
      name: 'Gewone Naaste',
      relation: 'friend',
      email: 'gewone-naaste@voorbeeld.test',
    });
    const relativeId = response.json<{ id: string }>().id;
    const before = smtp.mails.length;
    expect((await c.send('director', 'POST', `/api/clients/${client.id}/relatives/${relativeId}/invitation`)).statusCode).toBe(
      201,
    );
    const mail = await smtp.waitFor((m) => m.recipients.includes('gewone-naaste@voorbeeld.test'), { after: before });
    expect(mail.subject).toBe('Uw uitnodiging voor Regie');
    const token = invitationLink.exec(mail.text)?.[1] ?? '';
    expect((await publicPost('/api/invitations/inspect', { token })).json<Invitation>().group).toBeNull();
    const refused = await publicPost('/api/invitations/decline', { token });
    expect(refused.statusCode).toBe(409);
    expect(problemCode(refused)).toBe('not_a_group_invitation');
    expect((await publicPost('/api/invitations/inspect', { token })).statusCode).toBe(200);
  });

  it('says why a member cannot be invited, and sends nothing', async () => {
    const withoutEmail = await nominee({ email: null });
    const professionalEmail = await nominee({ email: w.clinician.email });
    const signedUp = await nominee({ email: w.relative.email });
    const ended = await nominee();
    await c.send('director', 'POST', memberUrl(client.id, ended.member.id, 'leave'), { reason: 'client_decision' });
    const mails = smtp.mails.length;
    const before = await digest();
    for (const [memberId, code] of [
      [withoutEmail.member.id, 'no_email'],
      [professionalEmail.member.id, 'email_in_use'],
      [signedUp.member.id, 'can_already_sign_in'],
      [ended.member.id, 'membership_ended'],
      // A professional signs in with their own account.
      [(await c.group('director', client.id)).members[0]?.id ?? '', 'no_email'],
    ] as const) {
      const response = await c.send('director', 'POST', memberUrl(client.id, memberId, 'invitation'));
      expect(response.statusCode, code).toBe(409);
      expect(problemCode(response)).toBe(code);
    }
    expect(await digest()).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.mails.length).toBe(mails);
    expect((await member(withoutEmail.member.id)).canBeInvitedByEmail).toBe(false);
    expect((await member(signedUp.member.id)).canBeInvitedByEmail).toBe(false);
  });

  it('leaves the invitation to the client: their coordinator invites only with the task handed over, for the client', async () => {
    const { member: nominated, email } = await nominee();
    const before = await digest();
    for (const [who, status] of [
      ['coordinator', 403],
      ['clinician', 403],
      ['teamLead', 403],
      ['relative', 404],
      ['otherTeam', 404],
    ] as const) {
      expect((await c.send(who, 'POST', memberUrl(client.id, nominated.id, 'invitation'))).statusCode, who).toBe(status);
    }
    expect(await digest()).toEqual(before);

    await t.db.insertInto('delegations').values({ client_id: client.id, task: 'invite_members', granted_at: nowIso() }).execute();
    const since = await lastAuditSequence(t.db);
    await invite(nominated.id, email, 'coordinator');
    const rows = await auditRowsAfter(t.db, since);
    expect(rows).toHaveLength(4);
    expect(await member(nominated.id)).toMatchObject({ status: 'approached', approachedBy: 'coordinator' });
    expect(rows.every((row) => row.actor_role === 'coordinator' && row.on_behalf_of_account_id === client.account_id)).toBe(true);
    await t.db.deleteFrom('delegations').where('client_id', '=', client.id).execute();
  });
});
