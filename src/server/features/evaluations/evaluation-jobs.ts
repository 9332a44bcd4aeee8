import { z } from 'zod';
import { roundReminderAt } from '../../../domain/evaluations.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import type { JobHandler } from '../../platform/jobs/job-worker.js';
import { enqueue, JobError, type Job } from '../../platform/jobs/jobs.js';
import type { MailMessage, Mailer } from '../../platform/mail/mailer.js';
import { hashToken } from '../../platform/auth/session-token.js';
import { findLinkStandingById, linkAddress, markLinkSent, newLinkToken, storeLinkHash } from './evaluation-links.js';
import {
  evaluationInvitationMail,
  evaluationLinkMail,
  evaluationLinkReminderMail,
  evaluationReminderMail,
  type EvaluationLinkMailInput,
  type EvaluationMailInput,
} from './evaluation-mail.js';
import { evaluationScopeOrNull, isRoundOpen, isStillAsked } from './evaluation-scope.js';

// The invitations to a round leave through the durable job queue (platform/jobs), one job per
// respondent, enqueued in the transaction that opened the round: a mail exists only for a round that
// committed, and a restart or an SMTP outage loses none. Jobs carry ids; the handler reads the round
// when it runs and mails only while that is still right. Each runs at least once, so it checks first.

const invitationKind = 'evaluation.invitation';
// The personal link for a member without an account, mailed to their address on the network map.
const linkKind = 'evaluation.link';
// The reminder two days before the round's last day, to a respondent who has not answered yet.
const reminderKind = 'evaluation.reminder';
// An SMTP server may be away for a while: ten attempts with the queue's backoff span some three hours.
const maxAttempts = 10;

const invitationPayloadSchema = z.object({ roundId: z.string(), respondentId: z.string() });

/**
 * One job of `kind` per respondent of the round, due at `runAt`, keyed by kind, round and respondent
 * so that a second call queues nothing. Jobs carry ids only.
 */
async function enqueuePerRespondent(
  trx: DbExecutor,
  kind: string,
  m: { roundId: string; respondentIds: readonly string[] },
  runAt: Date,
): Promise<void> {
  for (const respondentId of new Set(m.respondentIds)) {
    await enqueue(trx, {
      kind,
      payload: { roundId: m.roundId, respondentId },
      runAt,
      dedupeKey: `${kind}:${m.roundId}:${respondentId}`,
      maxAttempts,
    });
  }
}

/** Queues one invitation per respondent; call it inside the transaction that opened the round. */
export function enqueueEvaluationInvitations(
  trx: DbExecutor,
  m: { roundId: string; respondentIds: readonly string[] },
): Promise<void> {
  return enqueuePerRespondent(trx, invitationKind, m, new Date());
}

/**
 * Queues one link mail per respondent without an account; call it inside the transaction that opened
 * the round. Its handler makes the link when it sends it.
 */
export function enqueueEvaluationLinks(trx: DbExecutor, m: { roundId: string; respondentIds: readonly string[] }): Promise<void> {
  return enqueuePerRespondent(trx, linkKind, m, new Date());
}

/**
 * Queues the reminder of each respondent, one job each (a retry for one never mails the others twice),
 * due at roundReminderAt of the round's last day; call it inside the transaction that opened
 * the round, with everyone invited or sent a link (not the opener). When that moment has already
 * passed (a short round), nothing is queued: the invitation going out now is as fresh as a reminder.
 * Closing the round early needs no clean-up: the handler finds it closed and sends nothing.
 */
export async function enqueueEvaluationReminders(
  trx: DbExecutor,
  m: { roundId: string; closesOn: string; respondentIds: readonly string[] },
): Promise<void> {
  const runAt = new Date(roundReminderAt(m.closesOn));
  if (runAt.getTime() <= Date.now()) return;
  await enqueuePerRespondent(trx, reminderKind, m, runAt);
}

/** The handlers of the evaluation jobs, by kind, for the job worker. `now` is for tests that judge a round at a set time. */
export function evaluationJobHandlers(options: {
  db: Db;
  mailer: Mailer;
  linkOrigin: string;
  now?: () => Date;
}): Record<string, JobHandler> {
  const { db, mailer, linkOrigin } = options;
  const now = options.now ?? (() => new Date());

  function respondentOf(job: Job): { roundId: string; respondentId: string } {
    const parsed = invitationPayloadSchema.safeParse(job.payload);
    if (!parsed.success) throw new JobError('bad_payload', { retry: false });
    return parsed.data;
  }

  /** The respondent asked with their account, with their round; the job fails when it is gone. */
  async function accountRespondent(roundId: string, respondentId: string) {
    const found = await db
      .selectFrom('evaluation_respondents as er')
      .innerJoin('evaluation_rounds as r', 'r.id', 'er.round_id')
      .innerJoin('groups as g', 'g.id', 'r.group_id')
      .select([
        'er.account_id as accountId',
        'er.member_id as memberId',
        'er.answered_at as answeredAt',
        'r.closed_at as closed_at',
        'r.closes_on as closes_on',
        'r.group_id as groupId',
        'g.client_id as clientId',
      ])
      .where('er.id', '=', respondentId)
      .where('er.round_id', '=', roundId)
      .executeTakeFirst();
    if (!found) throw new JobError('round_gone', { retry: false });
    return found;
  }

  /**
   * Who to mail about the round with their account, or null when a mail is no longer right: the round
   * closed, they answered, or (asked at sending time, not queueing) they left the group, lost their
   * place, or their account was switched off.
   */
  async function askedReader(found: Awaited<ReturnType<typeof accountRespondent>>) {
    if (!isRoundOpen(found, now()) || found.answeredAt !== null) return null;
    if (found.accountId === null) return null;
    const reader = await loadActor(db, found.accountId, '');
    if (!reader) return null;
    const scope = await evaluationScopeOrNull(db, reader, found.clientId, 'answer');
    if (
      scope === null ||
      scope === 'no_group' ||
      scope.group.id !== found.groupId ||
      !isStillAsked(scope.relation, found.memberId)
    )
      return null;
    return reader;
  }

  /**
   * Mails a respondent asked with their account the link into Regie, when that is still right
   * (askedReader); the job fails when the round is gone.
   */
  async function mailAccountHolder(
    roundId: string,
    found: Awaited<ReturnType<typeof accountRespondent>>,
    compose: (input: EvaluationMailInput) => Pick<MailMessage, 'to' | 'subject' | 'text' | 'html'>,
  ): Promise<void> {
    const reader = await askedReader(found);
    if (!reader) return;
    await mailer.send(
      compose({
        to: reader.email,
        locale: reader.locale,
        clientId: found.clientId,
        roundId,
        closesOn: found.closes_on,
        linkOrigin,
      }),
    );
  }

  const invitation: JobHandler = async (job: Job) => {
    const { roundId, respondentId } = respondentOf(job);
    await mailAccountHolder(roundId, await accountRespondent(roundId, respondentId), evaluationInvitationMail);
  };

  /**
   * Mails a respondent without an account their personal link, made now: only its hash is stored (a
   * newer one replaces it), so the raw secret exists only in the mail. Checked at sending time: the
   * round still open, no answer yet, the member still in the group with an address on the map;
   * otherwise nothing is sent. With `once`, a link that went out once is not sent again (a job runs at
   * least once); the reminder sends a new one all the same, and the one before stops working.
   */
  async function mailNewLink(
    job: Job,
    compose: (input: EvaluationLinkMailInput) => MailMessage,
    options: { once: boolean },
  ): Promise<void> {
    const { roundId, respondentId } = respondentOf(job);
    const standing = await findLinkStandingById(db, respondentId);
    if (!standing || standing.roundId !== roundId) throw new JobError('round_gone', { retry: false });
    if (options.once && standing.linkSentAt !== null) return;
    const to = linkAddress(standing, now());
    if (to === null) return;
    const token = newLinkToken();
    // Stored before it is mailed: a link in a mailbox always works. Should the mail fail, the retry makes another.
    await storeLinkHash(db, respondentId, hashToken(token));
    await mailer.send(compose({ to, closesOn: standing.closes_on, linkOrigin, token }));
    await markLinkSent(db, respondentId);
  }

  const link: JobHandler = (job: Job) => mailNewLink(job, evaluationLinkMail, { once: true });

  /**
   * Reminds a respondent who has not answered, with the checks of their invitation made now: with
   * their account, the invitation's link into Regie; without one, a new personal link made as the
   * link mail makes it, which replaces the one before. A round closed early (by hand or by the last
   * answer) needs no clean-up of these jobs: they find it closed and send nothing.
   */
  const reminder: JobHandler = async (job: Job) => {
    const { roundId, respondentId } = respondentOf(job);
    const found = await accountRespondent(roundId, respondentId);
    if (found.accountId === null) return mailNewLink(job, evaluationLinkReminderMail, { once: false });
    await mailAccountHolder(roundId, found, evaluationReminderMail);
  };

  return { [invitationKind]: invitation, [linkKind]: link, [reminderKind]: reminder };
}
