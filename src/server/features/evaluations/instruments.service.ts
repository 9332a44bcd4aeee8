import { respondentTypes, type RespondentType } from '../../../domain/evaluations.js';
import { validateDefinition } from '../../../domain/instrument-definition.js';
import type { DefinitionProblem } from '../../../domain/instruments.js';
import { regieInstrumentUrls } from '../../../domain/regie-evaluation.js';
import type { InstrumentList, LoadedInstrument, LoadInstrumentBody } from '../../../shared/evaluations.js';
import type { Actor } from '../../platform/context.js';
import { isUniqueViolation, type Db } from '../../platform/db/database.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { isOrganisationAdmin } from '../organisations/index.js';
import { instrumentInForce } from './instruments-in-force.js';
import { createInstrumentsRepository, type LoadedInstrumentRow } from './instruments.repository.js';

/** A definition that does not pass: every problem named at `definition.<path>`, nothing stored. */
export class InstrumentDefinitionError extends AppError {
  constructor(problems: readonly DefinitionProblem[]) {
    super(
      422,
      'invalid_definition',
      `This file cannot be loaded as a questionnaire: ${problems.length === 1 ? '1 thing is' : `${problems.length} things are`} wrong with it.`,
      problems.map(({ path, message }) => ({
        field: path === '' ? 'definition' : `definition.${path}`,
        code: 'invalid_definition',
        message,
      })),
    );
  }
}

const regieUrls: readonly string[] = Object.values(regieInstrumentUrls);

/**
 * What the evaluation asks beyond the domain's check: a questionnaire in use (FHIR status
 * 'active', since new rounds ask it at once), under an address of its own, not one of Regie's.
 */
function loadProblems(definition: unknown): DefinitionProblem[] {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) return [];
  const fields = definition as Record<string, unknown>;
  const { status, url } = fields;
  const problems: DefinitionProblem[] = [];
  if (typeof status === 'string' && ['draft', 'retired', 'unknown'].includes(status))
    problems.push({ path: 'status', message: `is ${status}: only an active questionnaire can be loaded` });
  if (typeof url === 'string' && regieUrls.includes(url))
    problems.push({ path: 'url', message: "is the address of Regie's own evaluation: give the questionnaire its own" });
  // Stored in columns of their own, and shown as one line: PostgreSQL cannot store a NUL and alters a
  // lone surrogate, so such text would fail there or differ from what was loaded.
  for (const [key, maxLength] of [
    ['url', 500],
    ['version', 100],
    ['title', 300],
  ] as const) {
    const value = fields[key];
    if (typeof value !== 'string') continue;
    if (value.length > maxLength) problems.push({ path: key, message: `is at most ${maxLength} characters` });
    else if (/[\p{Cc}\p{Cs}]/u.test(value)) problems.push({ path: key, message: 'is one line without control characters' });
  }
  return problems;
}

const asRespondentType = (value: string): RespondentType => respondentTypes.find((type) => type === value) ?? 'client';

function presentLoaded(row: LoadedInstrumentRow): LoadedInstrument {
  return {
    id: row.id,
    respondentType: asRespondentType(row.respondent_type),
    url: row.url,
    version: row.version,
    title: row.title,
    loadedAt: row.loaded_at,
    loadedBy: row.loadedByName ?? '',
    retiredAt: row.retired_at,
  };
}

const alreadyLoaded = () =>
  new ConflictError('instrument_loaded', 'This questionnaire, in this version and for this respondent type, is loaded already.', [
    { field: 'definition.version', code: 'instrument_loaded', message: 'is loaded already for this respondent type' },
  ]);

// The instruments an organisation's rounds ask (PRODUCT.md §7): its admin loads a definition from a
// file (e.g. the official R-MET) and retires it; anyone else 403, another organisation's 404. Not
// client data, so not in the audit log, like the rest of an organisation's set-up; the rows keep
// who loaded and who retired each.
export function createInstrumentsService(db: Db) {
  const instruments = createInstrumentsRepository(db);

  function ownOrganisationId(actor: Actor): string {
    const organisationId = actor.professional?.organisationId;
    if (organisationId === undefined || !isOrganisationAdmin(actor, organisationId)) throw new ForbiddenError();
    return organisationId;
  }

  async function loadedOf(organisationId: string, instrumentId: string): Promise<LoadedInstrument> {
    const row = await instruments.findLoaded(organisationId, instrumentId);
    if (!row) throw new NotFoundError();
    return presentLoaded(row);
  }

  return {
    /** What new rounds ask per respondent type, and everything the organisation loaded. */
    async list(actor: Actor): Promise<InstrumentList> {
      const organisationId = ownOrganisationId(actor);
      const inUse = await Promise.all(
        respondentTypes.map(async (respondentType) => {
          const { source, instrumentId, definition } = await instrumentInForce(db, organisationId, respondentType, actor.locale);
          return {
            respondentType,
            source,
            url: definition.url,
            version: definition.version,
            title: definition.title,
            instrumentId,
          };
        }),
      );
      return {
        inUse,
        loaded: (await instruments.listLoaded(organisationId)).map(presentLoaded),
        abilities: { load: true },
      };
    },

    /**
     * Loads a definition for a respondent type: new rounds ask it from now on. Every problem of the
     * file at once (422); the same url, version and type a second time: 409. Stores only a clean copy.
     */
    async load(actor: Actor, body: LoadInstrumentBody): Promise<LoadedInstrument> {
      const organisationId = ownOrganisationId(actor);
      const checked = validateDefinition(body.definition);
      const problems = [...(checked.ok ? [] : checked.problems), ...loadProblems(body.definition)];
      if (!checked.ok || problems.length > 0) throw new InstrumentDefinitionError(problems);
      const { definition } = checked;
      try {
        const id = await db.transaction().execute(async (trx) => {
          const repository = createInstrumentsRepository(trx);
          const key = { url: definition.url, version: definition.version, respondentType: body.respondentType };
          if (await repository.isLoaded(organisationId, key)) throw alreadyLoaded();
          return repository.insert({
            organisationId,
            ...key,
            title: definition.title,
            definition: JSON.stringify(definition),
            loadedAt: nowIso(),
            loadedByAccountId: actor.accountId,
          });
        });
        return await loadedOf(organisationId, id);
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyLoaded();
        throw error;
      }
    },

    /** Retires a loaded instrument: new rounds ask the next newest, or Regie's own. Rounds already open keep it. */
    async retire(actor: Actor, instrumentId: string): Promise<LoadedInstrument> {
      const organisationId = ownOrganisationId(actor);
      await loadedOf(organisationId, instrumentId);
      if (!(await instruments.retire(instrumentId, nowIso(), actor.accountId)))
        throw new ConflictError('already_retired', 'This questionnaire was retired already.');
      return loadedOf(organisationId, instrumentId);
    },
  };
}
export type InstrumentsService = ReturnType<typeof createInstrumentsService>;
