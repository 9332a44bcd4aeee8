import { buildApp } from './app.js';
import { isEmpty, loadDemoData } from './demo/demo-data.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { createJobWorker } from './platform/jobs/job-worker.js';

// config → database → migrations → (demo data) → listen
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  if (config.demo && (await isEmpty(db))) await loadDemoData(db);

  const app = await buildApp(config, db);
  // Every instance runs a worker once it listens; the queue hands each job to one of them.
  const worker = createJobWorker({ db, handlers: app.jobHandlers, logger: app.log, pollMs: config.jobPollMs });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    // The job in hand finishes (or goes back to the queue) while the mailer and database still work.
    await worker.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));

  await app.listen({ port: config.port, host: config.host });
  worker.start();
  // The mail transport, not its URL: that may hold the SMTP server's password.
  app.log.info({ database: config.database.dialect, demo: config.demo, mail: config.mail.transport }, 'Regie is running');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Regie could not start:', error);
  }
  process.exit(1);
});
