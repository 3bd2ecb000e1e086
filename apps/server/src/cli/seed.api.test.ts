import { afterEach, expect, it } from 'vitest';
import type { Database } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openTestDatabase } from '../test/harness.ts';
import { CITIES } from './demo-data/names.ts';
import { seedDemo } from './seed.ts';

const actor = { userId: null, userName: 'test', ip: null, userAgent: null };
const opened: { database: Database; drop: () => Promise<void> }[] = [];
/** A seed writes ~3,000 records through the services; PostgreSQL on a busy machine needs more than the default. */
const SLOW = 90_000;

/** Each case seeds its own empty database: the seed only runs where there are no contacts yet. */
async function fresh(): Promise<Database> {
  const t = await openTestDatabase();
  opened.push(t);
  await migrateToLatest(t.database);
  return t.database;
}
afterEach(async () => {
  for (const t of opened.splice(0)) {
    await t.database.close();
    await t.drop();
  }
});

type Table = 'users' | 'contacts' | 'companies' | 'activities' | 'tasks' | 'leads' | 'deals' | 'orders';
const count = async ({ db }: Database, table: Table) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async (d: Database) => ({
  users: await count(d, 'users'),
  contacts: await count(d, 'contacts'),
  companies: await count(d, 'companies'),
  activities: await count(d, 'activities'),
});
const phones = async ({ db }: Database) =>
  (await db.selectFrom('contacts').select('phones').execute()).flatMap((r) => {
    const list = (typeof r.phones === 'string' ? JSON.parse(r.phones) : r.phones) as { value: string }[];
    return list.map((p) => p.value);
  });

it('seeds a year of history for ~200 contacts and ~40 companies once, however often it runs', { timeout: SLOW }, async () => {
  const d = await fresh();
  await seedDemo(d, actor);
  const first = await counts(d);
  expect(first).toMatchObject({ users: 6, contacts: 200, companies: 40 });
  expect(first.activities).toBeGreaterThan(1000);
  expect({ leads: await count(d, 'leads'), deals: await count(d, 'deals'), orders: await count(d, 'orders') }).toEqual({
    leads: 9,
    deals: 150,
    orders: 300,
  });
  expect(await count(d, 'tasks')).toBeGreaterThanOrEqual(15);

  const logged = await d.db.selectFrom('activities').select(['type', 'occurred_at', 'contact_id', 'pinned', 'outcome']).execute();
  const timeline = logged.filter((a) => a.type !== 'system');
  // Spread over the past year, month by month, and every kind of entry is there.
  const months = new Set(timeline.map((a) => new Date(a.occurred_at).toISOString().slice(0, 7)));
  expect(months.size).toBeGreaterThanOrEqual(12);
  expect(new Set(timeline.map((a) => a.type))).toEqual(new Set(['call', 'note', 'email', 'meeting', 'sms']));
  expect(new Set(timeline.map((a) => a.outcome).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
  expect(timeline.filter((a) => Boolean(a.pinned)).length).toBeGreaterThan(10);
  // A few regulars with long timelines, most customers with a handful.
  const perContact = new Map<string, number>();
  for (const a of timeline) if (a.contact_id) perContact.set(a.contact_id, (perContact.get(a.contact_id) ?? 0) + 1);
  const sizes = [...perContact.values()].sort((a, b) => a - b);
  expect(sizes.filter((n) => n >= 20).length).toBeGreaterThanOrEqual(3);
  expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(6);

  // The default locale is uk: Ukrainian names and numbers.
  const names = await d.db.selectFrom('contacts').select(['first_name', 'tags', 'birthday', 'position']).execute();
  expect(names.every((c) => /^[А-ЯІЇЄҐ]/.test(c.first_name))).toBe(true);
  expect((await phones(d)).filter((p) => p.startsWith('+380')).length).toBeGreaterThan(200);
  expect(names.filter((c) => c.birthday).length).toBeGreaterThan(100);

  await seedDemo(d, actor);
  expect(await counts(d)).toEqual(first);
});

it('speaks the chosen locale: Italian names, cities and +39 numbers', { timeout: SLOW }, async () => {
  const d = await fresh();
  await seedDemo(d, actor, { locale: 'it' });
  expect(await counts(d)).toMatchObject({ contacts: 200, companies: 40 });
  const all = await phones(d);
  expect(all.every((p) => p.startsWith('+39'))).toBe(true);
  const contacts = await d.db.selectFrom('contacts').select(['first_name', 'address']).execute();
  expect(contacts.some((c) => c.first_name === 'Giulia' || c.first_name === 'Marco')).toBe(true);
  expect(contacts.every((c) => /^[A-Z][a-zò]+$/.test(c.first_name))).toBe(true);
  const cities = contacts.flatMap((c) => {
    const a = (typeof c.address === 'string' ? JSON.parse(c.address) : c.address) as { city?: string } | null;
    return a?.city ? [a.city] : [];
  });
  expect(cities.length).toBeGreaterThan(50);
  expect(cities.every((c) => CITIES.it.includes(c))).toBe(true);
  const notes = await d.db.selectFrom('activities').select('body').where('type', '=', 'note').execute();
  expect(notes.some((n) => /listino|fattura|cliente/i.test(n.body))).toBe(true);
});
