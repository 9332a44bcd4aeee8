// npm run backup -- <new file>    copies the configured SQLite database while Regie runs
// npm run restore -- <backup>     puts a backup in place of the configured SQLite database (stop Regie first)
import { loadConfig } from '../src/server/platform/config.js';
import { backupSqlite, restoreSqlite } from '../src/server/platform/db/backup.js';

const [command, file] = process.argv.slice(2);
const { database } = loadConfig();

if (database.dialect !== 'sqlite') {
  console.error('On PostgreSQL use its own tools: pg_dump for a backup and pg_restore to put it back.');
  process.exit(2);
}
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('Usage: npm run backup -- <new file>  |  npm run restore -- <backup file>');
  process.exit(2);
}
if (command === 'backup') {
  await backupSqlite(database.path, file);
  console.log(`Backup of ${database.path} written to ${file} and checked.`);
} else {
  await restoreSqlite(file, database.path);
  console.log(`${file} checked and restored to ${database.path}. Start Regie again.`);
}
