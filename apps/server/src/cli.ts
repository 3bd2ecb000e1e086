// `npm run cli -- <command>`: migrate | create-admin --email --password --name | seed --demo [--locale uk|ru|it|en]
import { parseArgs } from 'node:util';
import { demoLocale, seedDemo } from './cli/seed.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { AppError } from './http/errors.ts';
import { insertUser } from './modules/users/users.service.ts';

const cliActor = { userId: null, userName: 'cli', ip: null, userAgent: 'spilno-cli' };
const usage = 'usage: npm run cli -- migrate | create-admin --email E --password P --name N | seed --demo [--locale uk|ru|it|en]';

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    demo: { type: 'boolean' },
    locale: { type: 'string' },
  },
});

const config = loadConfig();
const database = openDatabase(config.databaseUrl);
try {
  const applied = await migrateToLatest(database);
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
  switch (command) {
    case 'migrate':
      console.log('the database is up to date');
      break;
    case 'create-admin': {
      if (!values.email || !values.password || !values.name) throw new Error(usage);
      const { email, password, name } = values;
      const user = await database.db.transaction().execute((trx) =>
        insertUser(trx, cliActor, {
          email: email.toLowerCase(),
          password,
          name,
          role: 'admin',
          status: 'active',
          locale: 'en',
        }),
      );
      console.log(`created admin ${user.email} (${user.id})`);
      break;
    }
    case 'seed':
      if (!values.demo) throw new Error(usage);
      await seedDemo(database, cliActor, { locale: demoLocale(values.locale) });
      break;
    default:
      throw new Error(usage);
  }
} catch (error) {
  console.error(error instanceof AppError ? `refused: ${error.message}` : (error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
