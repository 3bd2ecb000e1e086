import { roleCan, roleCanOnRecord } from '@spilno/schema/abilities';
import { useCurrentUser } from '../auth/session.ts';

/** What the signed-in user may do with orders; the server enforces it anyway. */
export function useOrdersAccess() {
  const user = useCurrentUser();
  return {
    canRead: roleCan(user.role, 'orders.read.own'),
    canCreate: roleCan(user.role, 'orders.write.own'),
    canWrite: (ownerId: string | null) => roleCanOnRecord(user.role, 'orders', 'write', user.id, ownerId),
    canEditStatuses: roleCan(user.role, 'settings.manage'),
  };
}
