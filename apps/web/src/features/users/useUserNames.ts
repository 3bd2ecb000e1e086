import type { Page, User } from '@spilno/schema';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { usersKey } from './users.api.ts';

/** id -> name of colleagues, to show owners and authors; one request for a team's worth of users. */
export function useUserNames(): Map<string, string> {
  const { data } = useQuery({
    queryKey: [...usersKey, 'names'],
    queryFn: () => api<Page<User>>('/users', { query: { limit: 200 } }),
    staleTime: 5 * 60_000,
  });
  return new Map((data?.items ?? []).map((u) => [u.id, u.name]));
}
