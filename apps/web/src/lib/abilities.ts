import { type Ability, roleCan, roleCanOnRecord } from '@spilno/schema/abilities';
import { useCurrentUser } from '../features/auth/session.ts';

type WritableDomain = 'contacts' | 'companies' | 'activities';

/** What the signed-in user's role allows; the web only hides what the server would refuse. */
export function useAbilities() {
  const user = useCurrentUser();
  return {
    can: (ability: Ability) => roleCan(user.role, ability),
    /** May the user change a record owned by `ownerId`? */
    canWrite: (domain: WritableDomain, ownerId: string | null) => roleCanOnRecord(user.role, domain, 'write', user.id, ownerId),
    /** May the user create records at all (as their own)? */
    canCreate: (domain: WritableDomain) => roleCan(user.role, `${domain}.write.own`) || roleCan(user.role, `${domain}.write.all`),
  };
}
