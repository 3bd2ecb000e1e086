import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { AUDIT_ACTIONS } from './values.ts';

export const auditEntry = z.object({
  id,
  createdAt: isoDateTime,
  userId: id.nullable(),
  userName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** field -> [before, after] */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = listQuery.extend({
  userId: id.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
