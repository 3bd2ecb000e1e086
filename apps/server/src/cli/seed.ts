import type { Role } from '@spilno/schema';
import type { Database } from '../db/connection.ts';
import type { Actor } from '../modules/audit/audit.service.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { seedDemoContacts } from './seed-contacts.ts';

export const DEMO_PASSWORD = 'Spilno-demo-2026';

const demoUsers: { email: string; name: string; role: Role; locale: 'en' | 'uk' | 'ru' | 'it' }[] = [
  { email: 'admin@demo.spilno.dev', name: 'Olena Kovalenko', role: 'admin', locale: 'uk' },
  { email: 'taras@demo.spilno.dev', name: 'Taras Melnyk', role: 'manager', locale: 'uk' },
  { email: 'marco@demo.spilno.dev', name: 'Marco Rossi', role: 'manager', locale: 'it' },
  { email: 'iryna@demo.spilno.dev', name: 'Iryna Bondar', role: 'marketer', locale: 'uk' },
  { email: 'giulia@demo.spilno.dev', name: 'Giulia Bianchi', role: 'support', locale: 'it' },
  { email: 'anna@demo.spilno.dev', name: 'Anna Smirnova', role: 'support', locale: 'ru' },
];

/** Demo data for trying Spilno out; safe to run twice (existing records are kept). */
export async function seedDemo({ db, engine }: Database, actor: Actor): Promise<void> {
  for (const u of demoUsers) {
    const exists = await db.selectFrom('users').select('id').where('email', '=', u.email).executeTakeFirst();
    if (exists) continue;
    await db.transaction().execute((trx) => insertUser(trx, actor, { ...u, password: DEMO_PASSWORD, status: 'active' }));
    console.log(`demo ${u.role}: ${u.email} / ${DEMO_PASSWORD}`);
  }
  const owners = await db.selectFrom('users').select(['id', 'name', 'email', 'role']).where('status', '=', 'active').execute();
  await seedDemoContacts({ db, engine, actor }, owners as Parameters<typeof seedDemoContacts>[1], actor);
}
