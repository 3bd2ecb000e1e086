import type { Role, User, userListQuery } from '@spilno/schema';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { DB, UserRow } from '../../db/types.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { containsText } from '../../lib/sql.ts';

/** Every column but the password hash, which never leaves this module. */
export const userColumns = [
  'id',
  'email',
  'name',
  'role',
  'status',
  'locale',
  'theme',
  'last_login_at',
  'created_at',
  'updated_at',
] as const;
export type UserRecord = Pick<Selectable<UserRow>, (typeof userColumns)[number]>;

export function presentUser(row: UserRecord): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.status as User['status'],
    locale: row.locale as User['locale'],
    theme: row.theme as User['theme'],
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findUser = (db: Kysely<DB>, id: string) =>
  db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();

export function findUserWithPassword(db: Kysely<DB>, by: { email: string } | { id: string }) {
  const q = db.selectFrom('users').select([...userColumns, 'password_hash']);
  return ('email' in by ? q.where('email', '=', by.email) : q.where('id', '=', by.id)).executeTakeFirst();
}

export async function countUsers(db: Kysely<DB>, where: { role?: Role; status?: string } = {}): Promise<number> {
  let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (where.role) q = q.where('role', '=', where.role);
  if (where.status) q = q.where('status', '=', where.status);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Sorted by name; the cursor is the last (name, id). */
export async function listUsers(db: Kysely<DB>, q: z.infer<typeof userListQuery>) {
  let query = db
    .selectFrom('users')
    .select(userColumns)
    .orderBy('name')
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.role) query = query.where('role', '=', q.role);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.q) {
    const text = q.q;
    query = query.where((eb) => eb.or([containsText('name', text), containsText('email', text)]));
  }
  if (q.cursor) {
    const [name, id] = decodeCursor(q.cursor, 2) as [string, string];
    query = query.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return toPage(await query.execute(), q.limit, presentUser, (r) => [r.name, r.id]);
}
