import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite, restoreSqlite } from './backup.js';
import { openDatabase, type Db } from './database.js';
import { migrateToLatest } from './migrate.js';

describe('SQLite backup and restore', () => {
  let folder: string;
  let db: Db;
  const path = () => join(folder, 'regie.sqlite');

  const addOrganisation = (name: string) =>
    db.insertInto('organisations').values({ id: name, name, kind: 'ggz', created_at: new Date().toISOString() }).execute();
  const organisationNames = async (database: Db) =>
    (await database.selectFrom('organisations').select('name').orderBy('name').execute()).map((row) => row.name);

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'regie-backup-'));
    db = openDatabase({ dialect: 'sqlite', path: path() });
    await migrateToLatest(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies a live database, including writes still in the WAL, and restores it', async () => {
    await addOrganisation('Eerste');
    await addOrganisation('Tweede');
    const backup = join(folder, 'backup.sqlite');
    await backupSqlite(path(), backup);
    await addOrganisation('Na de backup');

    const restoredPath = join(folder, 'restored.sqlite');
    await restoreSqlite(backup, restoredPath);
    const restored = openDatabase({ dialect: 'sqlite', path: restoredPath });
    expect(await organisationNames(restored)).toEqual(['Eerste', 'Tweede']);
    await restored.destroy();
  });

  it('never overwrites an existing file with a backup', async () => {
    const existing = join(folder, 'existing.sqlite');
    writeFileSync(existing, 'keep me');
    await expect(backupSqlite(path(), existing)).rejects.toThrow(/exists already/);
  });

  it('refuses to restore a damaged file', async () => {
    const damaged = join(folder, 'damaged.sqlite');
    writeFileSync(damaged, 'SQLite format 3\0 but nothing after it');
    await expect(restoreSqlite(damaged, join(folder, 'target.sqlite'))).rejects.toThrow();
  });
});
