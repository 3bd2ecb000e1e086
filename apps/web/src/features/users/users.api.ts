import type { OwnedCounts, Role, User, UserCreate, UserUpdate } from '@spilno/schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export type UserStatus = User['status'];
export type UserFilters = { q?: string; role?: Role; status?: UserStatus };

export const usersKey = ['users'] as const;

export function useUserList(filters: UserFilters) {
  return useCursorList<User>(usersKey, '/users', filters);
}

function useInvalidateUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: usersKey });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: UserCreate) => api<User>('/users', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserUpdate }) => api<User>(`/users/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/users/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** How many records of each kind a user owns: what a handover would move. */
export const ownedQuery = (id: string) =>
  queryOptions({
    queryKey: [...usersKey, 'owned', id],
    queryFn: () => api<{ counts: OwnedCounts }>(`/users/${id}/owned`),
    select: (r) => r.counts,
    staleTime: 0,
  });

export function useOwnedCounts(id: string) {
  return useQuery(ownedQuery(id));
}

/** Gives everything one user owns to another; every list of owned records may have changed. */
export function useHandOver() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, toUserId }: { id: string; toUserId: string }) =>
      api<{ moved: OwnedCounts }>(`/users/${id}/handover`, { method: 'POST', body: { toUserId } }),
    onSuccess: () =>
      Promise.all(
        [usersKey, ['contacts'], ['companies'], ['leads'], ['deals'], ['orders']].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
