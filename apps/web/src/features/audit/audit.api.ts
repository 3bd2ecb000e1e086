import type { AuditEntry, LoginAttempt } from '@spilno/schema';
import { useCursorList } from '../../lib/lists.ts';

export type AuditFilterValues = {
  userId: string | null;
  entityType: string | null;
  action: AuditEntry['action'] | null;
  /** yyyy-mm-dd from a date input, in the reader's time zone */
  from: string;
  to: string;
};

/** Start of the given local day, or of the day after, as an ISO instant. */
function dayStart(date: string, addDays = 0): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setDate(d.getDate() + addDays);
  return d.toISOString();
}

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
