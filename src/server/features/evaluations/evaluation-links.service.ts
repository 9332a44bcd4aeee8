import type { EvaluationLinkAnswered, EvaluationLinkResponseBody, Questionnaire } from '../../../shared/evaluations.js';
import type { Locale } from '../../../shared/roles.js';
import type { AuditActor, AuditLog } from '../../platform/audit/audit-log.js';
import { hashToken } from '../../platform/auth/session-token.js';
import { SignInThrottle, throttleKeys, type ThrottleKey } from '../../platform/auth/sign-in-throttle.js';
import { currentContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { EvaluationLinkInvalidError, findLinkStanding, linkAddress, type LinkStanding } from './evaluation-links.js';
import { questionnaireOf, recordResponse } from './evaluation-responses.js';
import { createEvaluationsRepository } from './evaluations.repository.js';

// A round's questionnaire and response for a member without an account, with the personal link
// mailed to them (evaluation-links.ts). No session: the token decides, for that one respondent row
// only. Every refusal is the same 404 and changes nothing; wrong links count against the network
// address that tries them, like the invitations' links. Reading and answering are logged with no
// user (NEN 7513): the client concerned, the respondent row as the object.

/** Nobody signed in: the link's holder is known to the log only by the row their link opens. */
const anonymous: AuditActor = { accountId: null, role: null, organisationId: null };

const networkAddress = () => currentContext()?.networkAddress ?? 'unknown';

export function createEvaluationLinksService(db: Db, audit: AuditLog) {
  const throttle = new SignInThrottle(db);
  const attempts = (): ThrottleKey[] => [throttleKeys.address(networkAddress(), 'evaluation-link')];

  /** The respondent behind a working link, or a 404 counted against the caller's network address. */
  async function requireWorkingLink(token: string): Promise<LinkStanding> {
    const keys = attempts();
    await throttle.assertOpen(keys);
    const standing = await findLinkStanding(db, hashToken(token));
    if (!standing || linkAddress(standing) === null) {
      await throttle.recordFailure(keys);
      throw new EvaluationLinkInvalidError();
    }
    return standing;
  }

  return {
    /** The link's questionnaire; Regie's own instrument in `locale` (default Dutch, as the mail). */
    async questionnaire(token: string, locale: Locale = 'nl'): Promise<Questionnaire> {
      const standing = await requireWorkingLink(token);
      const repository = createEvaluationsRepository(db);
      const [round, respondent, client] = await Promise.all([
        repository.findRoundById(standing.roundId),
        repository.findRespondentById(standing.respondentId),
        repository.findClient(standing.clientId),
      ]);
      if (!round || !respondent || !client) throw new EvaluationLinkInvalidError();
      const questionnaire = await questionnaireOf(db, round, respondent, client, locale);
      await audit.record(anonymous, [
        { action: 'read', dataCategory: 'evaluations', clientId: standing.clientId, objectId: respondent.id },
      ]);
      return questionnaire;
    },

    /**
     * The response with the link, whole and final, by the respondent's own rules (evaluation-responses.ts);
     * a link whose round closed or that was used already is refused like any other that does not work.
     */
    async respond(body: EvaluationLinkResponseBody): Promise<EvaluationLinkAnswered> {
      const { token, ...response } = body;
      const standing = await requireWorkingLink(token);
      return db.transaction().execute(async (trx) => {
        const outcome = await recordResponse(trx, standing.respondentId, response, 'nl');
        if ('refused' in outcome) throw new EvaluationLinkInvalidError();
        await audit.append(trx, anonymous, [
          { action: 'create', dataCategory: 'evaluations', clientId: standing.clientId, objectId: standing.respondentId },
        ]);
        return { answeredAt: outcome.answeredAt };
      });
    },
  };
}
export type EvaluationLinksService = ReturnType<typeof createEvaluationLinksService>;
