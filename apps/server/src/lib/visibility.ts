import { roleCan, roleCanOnRecord } from '@spilno/schema';
import type { Ctx } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';

type OwnedDomain = 'contacts' | 'companies' | 'activities' | 'leads' | 'deals' | 'orders' | 'documents' | 'tasks' | 'tickets';

/** The owner a list must be limited to, or null when the caller may read every record. */
export function readScope(ctx: Ctx, domain: OwnedDomain): string | null {
  return roleCan(ctx.user.role, `${domain}.read.all`) ? null : ctx.user.id;
}

export function canRead(ctx: Ctx, domain: OwnedDomain, ownerId: string | null): boolean {
  return roleCanOnRecord(ctx.user.role, domain, 'read', ctx.user.id, ownerId);
}

/** A record the caller may not even read is "not found"; one they may read but not change is 403. */
export function assertCanWrite(ctx: Ctx, domain: OwnedDomain, ownerId: string | null, what: string): void {
  if (!canRead(ctx, domain, ownerId)) throw notFound(what);
  if (!roleCanOnRecord(ctx.user.role, domain, 'write', ctx.user.id, ownerId)) {
    throw new AppError('forbidden', `You may change only your own ${domain}.`);
  }
}

/** Giving a record to someone else needs the `.write.all` ability. */
export function assertCanAssign(ctx: Ctx, domain: OwnedDomain, ownerId: string | null | undefined): void {
  if (ownerId === undefined || ownerId === ctx.user.id) return;
  if (!roleCan(ctx.user.role, `${domain}.write.all`)) {
    throw new AppError('forbidden', 'Only those who manage every record may give one to someone else.', [
      { path: 'ownerId', message: 'Not allowed' },
    ]);
  }
}
