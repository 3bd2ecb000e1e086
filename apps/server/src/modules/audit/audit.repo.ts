import type { AuditEntry, auditQuery } from '@spilno/schema';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { AuditLogRow, DB } from '../../db/types.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';

type AuditQuery = z.infer<typeof auditQuery>;

/** Newest first by id (UUIDv7 ids sort by time), so the cursor is the last id. */
export async function listAudit(db: Kysely<DB>, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.userId) query = query.where('user_id', '=', q.userId);
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.from) query = query.where('created_at', '>=', new Date(q.from).toISOString());
  if (q.to) query = query.where('created_at', '<', new Date(q.to).toISOString());
  if (q.cursor) query = query.where('id', '<', String(decodeCursor(q.cursor, 1)[0]));
  return toPage(await query.execute(), q.limit, presentAudit, (r) => [r.id]);
}

export function presentAudit(row: Selectable<AuditLogRow>): AuditEntry {
  return {
    id: row.id,
    createdAt: row.created_at,
    userId: row.user_id,
    userName: row.user_name,
    action: row.action as AuditEntry['action'],
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: parseJson<AuditEntry['changes']>(row.changes),
    ip: row.ip,
  };
}
