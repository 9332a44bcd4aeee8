// npm run audit:verify    walks the audit log's hash chain on DATABASE_URL (as Regie reads it) and
//                         says OK with the number of rows, or where the chain first breaks (exit 1).
import { verifyAuditChain } from '../src/server/platform/audit/audit-chain.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';

const db = openDatabase(loadConfig().database);
try {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    // The last hash is worth writing down elsewhere: it pins the whole log as it is now.
    console.log(`Audit log OK: ${verdict.count} rows, every link intact. Last hash: ${verdict.lastHash}`);
  } else {
    console.error(`Audit log BROKEN at row ${verdict.sequence}: ${verdict.problem}.`);
    console.error(`${verdict.count} rows before it are intact.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error('The audit log could not be read:', error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await db.destroy();
}
