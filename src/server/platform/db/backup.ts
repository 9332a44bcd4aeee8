import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';

/**
 * Copies a live SQLite database with SQLite's online backup API: consistent even while Regie writes
 * to it, unlike a file copy of a database in WAL mode. Checks the copy before saying it is done.
 */
export async function backupSqlite(sourcePath: string, targetPath: string): Promise<void> {
  if (existsSync(targetPath)) throw new Error(`${targetPath} exists already; choose a new file name`);
  const source = new SqliteDatabase(sourcePath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(targetPath);
  } finally {
    source.close();
  }
  assertIntact(targetPath);
}

/** Puts a backup in place of the database. Regie must be stopped while this runs. */
export async function restoreSqlite(backupPath: string, targetPath: string): Promise<void> {
  assertIntact(backupPath);
  const backup = new SqliteDatabase(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(targetPath);
  } finally {
    backup.close();
  }
  assertIntact(targetPath);
}

function assertIntact(path: string): void {
  const database = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const result = database.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${path} is damaged: ${String(result)}`);
  } finally {
    database.close();
  }
}
