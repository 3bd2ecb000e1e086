import { type Ability, roleCan, roleCanOnRecord } from '@spilno/schema/abilities';
import { useCurrentUser } from '../auth/session.ts';

type SalesDomain = 'leads' | 'deals';

/** What the signed-in user's role allows in sales; the server enforces it anyway. */
export function useSalesAccess() {
  const user = useCurrentUser();
  return {
    userId: user.id,
    can: (ability: Ability) => roleCan(user.role, ability),
    /** Sees everyone's records, so filtering by owner makes sense. */
    seesAll: (domain: SalesDomain) => roleCan(user.role, `${domain}.read.all`),
    canCreate: (domain: SalesDomain) => roleCan(user.role, `${domain}.write.own`),
    canWrite: (domain: SalesDomain, ownerId: string | null) => roleCanOnRecord(user.role, domain, 'write', user.id, ownerId),
  };
}
