import type { AUDIT_ACTIONS } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';

/** Who did something and from where; every write carries one into the audit log. */
export type Actor = { userId: string | null; userName: string | null; ip: string | null; userAgent: string | null };

export type Changes = Record<string, [unknown, unknown]>;

export type AuditEvent = {
  action: (typeof AUDIT_ACTIONS)[number];
  entityType: string;
  entityId: string | null;
  changes?: Changes | null;
};

/** Records one event; call it with the transaction of the write so both commit or neither. */
export async function recordAudit(db: Kysely<DB>, actor: Actor, event: AuditEvent): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      user_id: actor.userId,
      user_name: actor.userName,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      changes: event.changes ? JSON.stringify(event.changes) : null,
      ip: actor.ip,
      user_agent: actor.userAgent,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Fields whose value differs, as `{ field: [before, after] }`; secrets never enter the log. */
export function diff<T extends Record<string, unknown>>(
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [a, b];
  }
  return changes;
}
