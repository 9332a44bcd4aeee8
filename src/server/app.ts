import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountsRoutes, createAccountsService } from './features/accounts/index.js';
import { auditLogRoutes, createAuditLogService } from './features/audit-log/index.js';
import { clientsRoutes, createClientsService } from './features/clients/index.js';
import { conversationsRoutes, createConversationsService } from './features/conversations/index.js';
import { createGroupsServices, groupsRoutes } from './features/groups/index.js';
import { createInvitationsService, invitationsRoutes } from './features/invitations/index.js';
import { createNetworkService, networkRoutes } from './features/network/index.js';
import { createOrganisationsService, organisationsRoutes } from './features/organisations/index.js';
import { createMeetingsServices, meetingJobHandlers, meetingsRoutes, minutesRoutes } from './features/meetings/index.js';
import {
  createEvaluationLinksService,
  createEvaluationsServices,
  createInstrumentsService,
  createResultsService,
  evaluationJobHandlers,
  evaluationLinkRoutes,
  evaluationsRoutes,
  instrumentsRoutes,
  resultsRoutes,
} from './features/evaluations/index.js';
import { createPlansServices, myAgreementsRoutes, plansRoutes } from './features/plans/index.js';
import { createSharingService, sharingRoutes } from './features/sharing/index.js';
import { createTeamServices, teamRoutes } from './features/team/index.js';
import { installRouteAccess } from './platform/access/route-access.js';
import { createAuditLog } from './platform/audit/audit-log.js';
import { installAudit } from './platform/audit/route-audit.js';
import { SessionStore } from './platform/auth/sessions.js';
import { installRetryAfter } from './platform/auth/sign-in-throttle.js';
import type { Config } from './platform/config.js';
import type { Db } from './platform/db/database.js';
import { installCsrfProtection } from './platform/http/csrf.js';
import { frameworkErrorHandler, installErrorHandler } from './platform/http/error-handler.js';
import { healthRoutes } from './platform/http/health.js';
import { installOpenApi } from './platform/http/openapi.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { installWebApp } from './platform/http/web-app.js';
import { installJobHandlers } from './platform/jobs/fastify-jobs.js';
import { loggerOptions } from './platform/logging.js';
import { createMailer } from './platform/mail/mailer.js';
import { outboxRoutes } from './platform/mail/outbox-routes.js';

export type AppConfig = Pick<
  Config,
  'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'publicOrigin' | 'trustProxy' | 'webRoot' | 'logLevel' | 'linkOrigin' | 'mail'
>;

/** Builds the whole HTTP app around an open, migrated database. Tests build it the same way. */
export async function buildApp(config: AppConfig, db: Db): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const sessions = new SessionStore(db, { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours });
  const auditLog = createAuditLog(db);
  const mailer = createMailer(config.mail, db);

  installErrorHandler(app);
  installRetryAfter(app);
  await installSecurityHeaders(app);
  await app.register(cookie);
  installCsrfProtection(app, config.publicOrigin);
  installRouteAccess(app, sessions);
  installAudit(app, auditLog);
  await installOpenApi(app);

  await app.register(healthRoutes(db));
  const accounts = createAccountsService(db, sessions, auditLog);
  await app.register(accountsRoutes(accounts));
  await app.register(organisationsRoutes(createOrganisationsService(db)));
  await app.register(clientsRoutes(createClientsService(db, auditLog)));
  await app.register(sharingRoutes(createSharingService(db, auditLog)));
  await app.register(auditLogRoutes(createAuditLogService(db, auditLog)));
  // The groups feature mails its members' invitations through the invitations feature.
  const invitations = createInvitationsService({
    db,
    sessions,
    audit: auditLog,
    mailer,
    linkOrigin: config.linkOrigin,
    me: accounts.me,
  });
  await app.register(invitationsRoutes(invitations));
  await app.register(groupsRoutes(createGroupsServices(db, auditLog, invitations)));
  await app.register(networkRoutes(createNetworkService(db, auditLog)));
  await app.register(conversationsRoutes(createConversationsService(db, auditLog)));
  const plans = createPlansServices(db, auditLog);
  await app.register(plansRoutes(plans));
  await app.register(myAgreementsRoutes(plans));
  const meetings = createMeetingsServices(db, auditLog);
  await app.register(meetingsRoutes(meetings));
  await app.register(minutesRoutes(meetings));
  await app.register(teamRoutes(createTeamServices(db, auditLog)));
  await app.register(evaluationsRoutes(createEvaluationsServices(db, auditLog)));
  await app.register(evaluationLinkRoutes(createEvaluationLinksService(db, auditLog)));
  await app.register(resultsRoutes(createResultsService(db, auditLog)));
  await app.register(instrumentsRoutes(createInstrumentsService(db)));
  // What the features queue, the app knows how to do; main.ts runs it with a worker (tests with runDue).
  const jobHandlers = {
    ...meetingJobHandlers({ db, mailer, linkOrigin: config.linkOrigin, mailFrom: config.mail.from }),
    ...evaluationJobHandlers({ db, mailer, linkOrigin: config.linkOrigin }),
  };
  installJobHandlers(app, jobHandlers);
  await app.register(outboxRoutes(db, mailer));
  app.addHook('onClose', () => mailer.close());

  await installWebApp(app, config.webRoot);
  return app;
}
