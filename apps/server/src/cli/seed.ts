import type { Role } from '@spilno/schema';
import type { Database } from '../db/connection.ts';
import type { Actor } from '../modules/audit/audit.service.ts';
import { getSettings } from '../modules/settings/settings.service.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { type Lang, POOLS } from './demo-data/names.ts';
import { type Owner, seedDemoContacts } from './seed-contacts.ts';

export const DEMO_PASSWORD = 'Spilno-demo-2026';

const demoUsers: { email: string; name: string; role: Role; locale: 'en' | 'uk' | 'ru' | 'it' }[] = [
  { email: 'admin@demo.spilno.dev', name: 'Olena Kovalenko', role: 'admin', locale: 'uk' },
  { email: 'taras@demo.spilno.dev', name: 'Taras Melnyk', role: 'manager', locale: 'uk' },
  { email: 'marco@demo.spilno.dev', name: 'Marco Rossi', role: 'manager', locale: 'it' },
  { email: 'iryna@demo.spilno.dev', name: 'Iryna Bondar', role: 'marketer', locale: 'uk' },
  { email: 'giulia@demo.spilno.dev', name: 'Giulia Bianchi', role: 'support', locale: 'it' },
  { email: 'anna@demo.spilno.dev', name: 'Anna Smirnova', role: 'support', locale: 'ru' },
];

const LANGS: readonly string[] = Object.keys(POOLS);

/** `--locale` as typed on the command line; undefined leaves the choice to the settings. */
export function demoLocale(value: string | undefined): Lang | undefined {
  if (value === undefined || LANGS.includes(value)) return value as Lang | undefined;
  throw new Error(`--locale must be one of ${LANGS.join(', ')}`);
}

/**
 * Demo data for trying Spilno out; safe to run twice (existing records are kept). Customers
 * speak `locale`, by default the company's own language from the settings.
 */
export async function seedDemo({ db, engine }: Database, actor: Actor, opts: { locale?: Lang } = {}): Promise<void> {
  const locale = opts.locale ?? (await getSettings(db)).defaultLocale;
  for (const u of demoUsers) {
    const exists = await db.selectFrom('users').select('id').where('email', '=', u.email).executeTakeFirst();
    if (exists) continue;
    await db.transaction().execute((trx) => insertUser(trx, actor, { ...u, password: DEMO_PASSWORD, status: 'active' }));
    console.log(`demo ${u.role}: ${u.email} / ${DEMO_PASSWORD}`);
  }
  const owners = await db.selectFrom('users').select(['id', 'name', 'email', 'role']).where('status', '=', 'active').execute();
  await seedDemoContacts({ db, engine, actor }, owners as Owner[], actor, locale);
}
