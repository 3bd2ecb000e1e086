import type { AuditEntry, LoginAttempt } from '@spilno/schema';
import { dayStart } from '../../lib/dates.ts';
import { useCursorList } from '../../lib/lists.ts';

export type AuditFilterValues = {
  userId: string | null;
  entityType: string | null;
  action: AuditEntry['action'] | null;
  /** yyyy-mm-dd from a date input, in the reader's time zone */
  from: string;
  to: string;
};

export function useAuditLog(f: AuditFilterValues) {
  return useCursorList<AuditEntry>(['audit-log'], '/audit-log', {
    userId: f.userId ?? undefined,
    entityType: f.entityType ?? undefined,
    action: f.action ?? undefined,
    from: dayStart(f.from),
    // "to" is inclusive for the reader: everything before the next day starts.
    to: dayStart(f.to, 1),
  });
}

export type LoginFilterValues = { userId: string | null; success: 'true' | 'false' | null };

export function useLoginHistory(f: LoginFilterValues) {
  return useCursorList<LoginAttempt>(['login-history'], '/auth/login-history', {
    userId: f.userId ?? undefined,
    success: f.success ?? undefined,
  });
}
