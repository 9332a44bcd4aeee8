import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  evaluationLinkAnsweredSchema,
  evaluationLinkBodySchema,
  evaluationLinkResponseBodySchema,
  questionnaireSchema,
} from '../../../shared/evaluations.js';
import type { EvaluationLinksService } from './evaluation-links.service.js';

// Public like the invitations' links: no session, the token in the body decides (it is never in a
// URL), and the service audits with no user. POST for the read too, so that the token stays out of
// every URL and log line; the CSRF header rule applies as to every POST.
export function evaluationLinkRoutes(service: EvaluationLinksService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['evaluations'];

    app.post(
      '/api/evaluation-link/questionnaire',
      {
        config: { access: { public: true } },
        schema: {
          tags,
          summary:
            'The questionnaire a personal link opens, for a group member without an account (404 link_invalid for any link that does not work)',
          body: evaluationLinkBodySchema,
          response: { 200: questionnaireSchema },
        },
      },
      (request) => service.questionnaire(request.body.token, request.body.locale),
    );

    app.post(
      '/api/evaluation-link/response',
      {
        config: { access: { public: true } },
        schema: {
          tags,
          summary:
            'The response with a personal link, whole and final, while the round is open (422 per item; 404 link_invalid once used or closed)',
          body: evaluationLinkResponseBodySchema,
          response: { 200: evaluationLinkAnsweredSchema },
        },
      },
      (request) => service.respond(request.body),
    );
  };
}
