import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openTestDatabase } from '../test/harness.ts';
import { seedDemo } from './seed.ts';

let database: Database;
let drop: () => Promise<void>;
const actor = { userId: null, userName: 'test', ip: null, userAgent: null };

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await migrateToLatest(database);
});
afterAll(async () => {
  await database.close();
  await drop();
});

const count = async (table: 'users' | 'contacts' | 'companies' | 'activities' | 'tasks' | 'leads' | 'deals' | 'orders') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

it('seeds demo users, companies, contacts and timelines once, however often it runs', async () => {
  await seedDemo(database, actor);
  const first = { users: await count('users'), contacts: await count('contacts'), activities: await count('activities') };
  expect(first.users).toBe(6);
  expect(first.contacts).toBeGreaterThan(15);
  expect(await count('companies')).toBeGreaterThan(5);
  expect(first.activities).toBeGreaterThan(first.contacts);
  expect(await count('tasks')).toBeGreaterThanOrEqual(15);
  expect({ leads: await count('leads'), deals: await count('deals'), orders: await count('orders') }).toEqual({
    leads: 9,
    deals: 150,
    orders: 300,
  });
  await seedDemo(database, actor);
  expect({ users: await count('users'), contacts: await count('contacts'), activities: await count('activities') }).toEqual(
    first,
  );
});
