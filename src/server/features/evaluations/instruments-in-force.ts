import type { RespondentType } from '../../../domain/evaluations.js';
import { validateDefinition } from '../../../domain/instrument-definition.js';
import type { InstrumentDefinition } from '../../../domain/instruments.js';
import { findRegieInstrument, regieInstrument, type RegieLocale } from '../../../domain/regie-evaluation.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { createInstrumentsRepository } from './instruments.repository.js';

/** The instrument a respondent type is given: Regie's own, or one the organisation loaded. */
export interface InstrumentInForce {
  source: 'regie' | 'organisation';
  /** What a respondent row stores as `instrument_source`: 'regie', or the loaded instrument's id. */
  instrumentSource: string;
  /** The loaded instrument's id; null for Regie's own. */
  instrumentId: string | null;
  definition: InstrumentDefinition;
}

/** A stored definition, checked again on the way out: a row that no longer passes is not used. */
function parseStored(json: string): InstrumentDefinition | null {
  try {
    const checked = validateDefinition(JSON.parse(json));
    return checked.ok ? checked.definition : null;
  } catch {
    return null;
  }
}

/**
 * What a new round asks a respondent type in this organisation: the newest loaded instrument of
 * the type that is not retired, else Regie's own (in the reader's language; a loaded one as it is).
 */
export async function instrumentInForce(
  executor: DbExecutor,
  organisationId: string,
  respondentType: RespondentType,
  locale: RegieLocale,
): Promise<InstrumentInForce> {
  const row = await createInstrumentsRepository(executor).findInForce(organisationId, respondentType);
  const definition = row ? parseStored(row.definition) : null;
  if (row && definition) return { source: 'organisation', instrumentSource: row.id, instrumentId: row.id, definition };
  return { source: 'regie', instrumentSource: 'regie', instrumentId: null, definition: regieInstrument(respondentType, locale) };
}

/**
 * The instrument a round's respondent was given, as their row names it: Regie's own by url and
 * version (in the reader's language), or the loaded one by its id; null when it cannot be found.
 */
export async function respondentInstrument(
  executor: DbExecutor,
  respondent: { instrument_source: string; instrument_url: string; instrument_version: string },
  locale: RegieLocale,
): Promise<InstrumentDefinition | null> {
  if (respondent.instrument_source === 'regie')
    return findRegieInstrument(respondent.instrument_url, respondent.instrument_version, locale);
  const json = await createInstrumentsRepository(executor).findDefinition(respondent.instrument_source);
  return json === undefined ? null : parseStored(json);
}
