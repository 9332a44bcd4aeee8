import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  instrumentListSchema,
  instrumentParamsSchema,
  loadedInstrumentSchema,
  loadInstrumentBodySchema,
} from '../../../shared/evaluations.js';
import { requireActor } from '../../platform/access/route-access.js';
import type { InstrumentsService } from './instruments.service.js';

// The organisation admin's own: what their organisation's rounds ask. No client data, so no audit
// rule, like the rest of an organisation's set-up.
const access = { roles: ['admin'] } as const;

export function instrumentsRoutes(instruments: InstrumentsService): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/api/organisation/instruments';
    const tags = ['evaluations'];

    app.get(
      base,
      {
        config: { access },
        schema: {
          tags,
          summary: "What your organisation's new evaluation rounds ask per respondent type, and the questionnaires it loaded",
          response: { 200: instrumentListSchema },
        },
      },
      (request) => instruments.list(requireActor(request)),
    );

    app.post(
      base,
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Load a questionnaire (a FHIR Questionnaire with scoring) for a respondent type; 422 lists every problem of the file and stores nothing, 409 when loaded already',
          body: loadInstrumentBodySchema,
          response: { 201: loadedInstrumentSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await instruments.load(requireActor(request), request.body)),
    );

    app.post(
      `${base}/:instrumentId/retire`,
      {
        config: { access },
        schema: {
          tags,
          summary: "Retire a loaded questionnaire: new rounds ask the next newest, or Regie's own (409 when retired already)",
          params: instrumentParamsSchema,
          response: { 200: loadedInstrumentSchema },
        },
      },
      (request) => instruments.retire(requireActor(request), request.params.instrumentId),
    );
  };
}
