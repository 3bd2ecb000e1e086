import type { User, UserCreate, UserUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { hashPassword, weakPasswordReason } from '../../auth/passwords.ts';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { type Actor, diff, recordAudit } from '../audit/audit.service.ts';
import { revokeUserSessions } from '../auth/sessions.repo.ts';
import { countOwned } from './users.handover.ts';
import { countUsers, findUser, presentUser, type UserRecord } from './users.repo.ts';

const auditedFields = ['email', 'name', 'role', 'status', 'locale', 'theme'] as const;

export function assertStrongPassword(password: string, person: { email: string; name?: string }, field = 'password') {
  const reason = weakPasswordReason(password, person);
  if (reason) throw new AppError('invalid', reason, [{ path: field, message: reason }]);
}

async function assertEmailFree(db: Kysely<DB>, email: string, exceptId?: string) {
  const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken && taken.id !== exceptId) {
    throw new AppError('conflict', 'An account with this email already exists.', [{ path: 'email', message: 'Already in use' }]);
  }
}

/** Inserts a user; the caller decides role and status (register vs. admin-created). */
export async function insertUser(
  db: Kysely<DB>,
  actor: Actor,
  input: { email: string; name: string; password: string; role: User['role']; status: User['status']; locale: User['locale'] },
): Promise<UserRecord> {
  assertStrongPassword(input.password, input);
  await assertEmailFree(db, input.email);
  const at = nowIso();
  const row = {
    id: newId(),
    email: input.email,
    name: input.name,
    password_hash: await hashPassword(input.password),
    role: input.role,
    status: input.status,
    locale: input.locale,
    theme: 'auto',
    last_login_at: null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('users').values(row).execute();
  const { password_hash: _, ...user } = row;
  await recordAudit(db, actor.userId ? actor : { ...actor, userId: row.id, userName: row.name }, {
    action: 'create',
    entityType: 'user',
    entityId: row.id,
    changes: diff(null, user, auditedFields),
  });
  return user;
}

export async function createUser(db: Kysely<DB>, actor: Actor, body: UserCreate & { locale: User['locale'] }) {
  return db.transaction().execute(async (trx) => presentUser(await insertUser(trx, actor, { ...body, status: 'active' })));
}

/** The last active admin can be neither demoted, deactivated nor deleted: someone must run the place. */
async function assertNotLastAdmin(db: Kysely<DB>, user: UserRecord, next: { role?: string; status?: string } | null) {
  const stillAdmin = next !== null && (next.role ?? user.role) === 'admin' && (next.status ?? user.status) === 'active';
  if (user.role !== 'admin' || user.status !== 'active' || stillAdmin) return;
  if ((await countUsers(db, { role: 'admin', status: 'active' })) <= 1) {
    throw new AppError('conflict', 'This is the last active administrator; make someone else an administrator first.');
  }
}

/** Changes any user's fields (admin) or one's own profile; role changes are audited on their own. */
export async function updateUser(db: Kysely<DB>, actor: Actor, id: string, patch: UserUpdate & { theme?: User['theme'] }) {
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, id);
    if (!before) throw notFound('user');
    if (patch.email) await assertEmailFree(trx, patch.email, id);
    await assertNotLastAdmin(trx, before, patch);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      updated_at: nowIso(),
    };
    const changes = diff(before, after, auditedFields);
    if (Object.keys(changes).length === 0) return presentUser(before);
    await trx
      .updateTable('users')
      .set({
        email: after.email,
        name: after.name,
        role: after.role,
        status: after.status,
        locale: after.locale,
        theme: after.theme,
        updated_at: after.updated_at,
      })
      .where('id', '=', id)
      .execute();
    if (changes.status && after.status !== 'active') await revokeUserSessions(trx, id);
    await recordAudit(trx, actor, { action: 'update', entityType: 'user', entityId: id, changes });
    if (changes.role)
      await recordAudit(trx, actor, { action: 'role_change', entityType: 'user', entityId: id, changes: { role: changes.role } });
    return presentUser(after);
  });
}

export async function deleteUser(db: Kysely<DB>, actor: Actor, id: string) {
  if (id === actor.userId) throw new AppError('conflict', 'You cannot delete your own account.');
  await db.transaction().execute(async (trx) => {
    const user = await findUser(trx, id);
    if (!user) throw notFound('user');
    await assertNotLastAdmin(trx, user, null);
    const owned = Object.entries(await countOwned(trx, id)).filter(([, n]) => n > 0);
    if (owned.length) {
      const what = owned.map(([table, n]) => `${n} ${table}`).join(', ');
      throw new AppError(
        'conflict',
        `${user.name} still owns ${what}; hand them over to someone first, or deactivate the account.`,
      );
    }
    await trx.deleteFrom('users').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'user',
      entityId: id,
      changes: diff(user, null, auditedFields),
    });
  });
}
