import { hashPassword } from '../../../apps/server/src/auth/passwords.ts';
import { type Lang, POOLS } from '../../../apps/server/src/cli/demo-data/names.ts';
import { BENCH_PASSWORD, benchEmail, type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At } from '../random.ts';

/** A sales team of 20: most records belong to the managers, as in a real office. */
export const TEAM = { admin: 2, manager: 10, marketer: 4, support: 4 } as const;
const LOCALE: Record<string, Lang> = { admin: 'uk', manager: 'uk', marketer: 'it', support: 'ru' };

export const users: Entity = {
  name: 'users',
  tables: ['users'],
  large: 20,
  async generate(ctx) {
    const rnd = ctx.rnd('users');
    // One argon2 hash for everyone: hashing is deliberately slow, and the password is public anyway.
    const hash = await hashPassword(BENCH_PASSWORD);
    const w = ctx.sink.writer('users', {
      id: 'id',
      email: 'text',
      name: 'text',
      password_hash: 'text',
      role: 'text',
      status: 'text',
      locale: 'text',
      theme: 'text',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const p = ctx.progress('users', 20);
    for (const [role, count] of Object.entries(TEAM)) {
      for (let i = 1; i <= count; i++) {
        const created = NOW - YEARS3 - 30 * 86400_000 + rnd.int(86400_000);
        const lang = LOCALE[role] ?? 'en';
        const pool = POOLS[lang];
        const name = `${rnd.pick(pool.male)} ${rnd.pick(pool.surnames)[0]}`;
        const id = uuidv7At(created, rnd);
        const at = new Date(created).toISOString();
        await w.push([id, benchEmail(role, i), name, hash, role, 'active', lang, 'auto', at, at]);
        ctx.state.users.push({ id, role, name });
        p.tick();
      }
    }
    await w.end();
    p.done();
  },
};
