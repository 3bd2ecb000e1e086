import type { Role, User, UserCreate, UserUpdate } from '@spilno/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
