import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { InstrumentTable } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids/ids.js';

/** A loaded instrument without its definition, with the name of whoever loaded it. */
export type LoadedInstrumentRow = Omit<Selectable<InstrumentTable>, 'definition'> & { loadedByName: string | null };

const listColumns = [
  'i.id as id',
  'i.organisation_id as organisation_id',
  'i.respondent_type as respondent_type',
  'i.url as url',
  'i.version as version',
  'i.title as title',
  'i.loaded_at as loaded_at',
  'i.loaded_by_account_id as loaded_by_account_id',
  'i.retired_at as retired_at',
  'i.retired_by_account_id as retired_by_account_id',
  'p.name as loadedByName',
] as const;

// Instruments an organisation loaded (PRODUCT.md §7). Scoped to the organisation first; only a
// round's respondents name an instrument by its id alone, since the round fixed it when it opened.
export function createInstrumentsRepository(db: DbExecutor) {
  const loaded = () =>
    db
      .selectFrom('instruments as i')
      .leftJoin('professionals as p', 'p.account_id', 'i.loaded_by_account_id')
      .select(listColumns);

  return {
    /** Everything the organisation loaded, retired ones too, newest first. */
    listLoaded(organisationId: string): Promise<LoadedInstrumentRow[]> {
      return loaded()
        .where('i.organisation_id', '=', organisationId)
        .orderBy('i.loaded_at', 'desc')
        .orderBy('i.id', 'desc')
        .execute();
    },

    findLoaded(organisationId: string, instrumentId: string): Promise<LoadedInstrumentRow | undefined> {
      return loaded().where('i.organisation_id', '=', organisationId).where('i.id', '=', instrumentId).executeTakeFirst();
    },

    /** The newest instrument of the type the organisation has not retired: what new rounds ask. */
    findInForce(organisationId: string, respondentType: string): Promise<Selectable<InstrumentTable> | undefined> {
      return db
        .selectFrom('instruments')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('respondent_type', '=', respondentType)
        .where('retired_at', 'is', null)
        .orderBy('loaded_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },

    /** An instrument a round's respondent was given, by its id (retired ones too). */
    async findDefinition(instrumentId: string): Promise<string | undefined> {
      const row = await db.selectFrom('instruments').select('definition').where('id', '=', instrumentId).executeTakeFirst();
      return row?.definition;
    },

    async isLoaded(organisationId: string, values: { url: string; version: string; respondentType: string }): Promise<boolean> {
      const row = await db
        .selectFrom('instruments')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('url', '=', values.url)
        .where('version', '=', values.version)
        .where('respondent_type', '=', values.respondentType)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insert(values: {
      organisationId: string;
      respondentType: string;
      url: string;
      version: string;
      title: string;
      definition: string;
      loadedAt: string;
      loadedByAccountId: string;
    }): Promise<string> {
      const id = newId();
      await db
        .insertInto('instruments')
        .values({
          id,
          organisation_id: values.organisationId,
          respondent_type: values.respondentType,
          url: values.url,
          version: values.version,
          title: values.title,
          definition: values.definition,
          loaded_at: values.loadedAt,
          loaded_by_account_id: values.loadedByAccountId,
          retired_at: null,
          retired_by_account_id: null,
        })
        .execute();
      return id;
    },

    /** Retires the instrument unless it was already; true when this call retired it. */
    async retire(instrumentId: string, at: string, byAccountId: string): Promise<boolean> {
      const result = await db
        .updateTable('instruments')
        .set({ retired_at: at, retired_by_account_id: byAccountId })
        .where('id', '=', instrumentId)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type InstrumentsRepository = ReturnType<typeof createInstrumentsRepository>;
