import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startJobsThread } from './jobs/thread.ts';
import { startReminderScheduler } from './modules/tasks/scheduler.ts';

const config = loadConfig();
const database = openDatabase(config.databaseUrl);
const applied = await migrateToLatest(database);
const app = await buildApp({ config, database });
if (applied.length) app.log.info({ applied }, 'migrations applied');
const jobs = startJobsThread(database, { databaseUrl: config.databaseUrl }, app.log);
const scheduler = startReminderScheduler({ ...app.deps, log: app.log });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    app.log.info(`${signal}: closing`);
    await scheduler.stop();
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  });
}

await app.listen({ port: config.port, host: config.host });
app.log.info(`Spilno is ready on http://localhost:${config.port} (${database.engine})`);
