import type { Settings, settingsUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api<Settings>('/settings') });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: z.input<typeof settingsUpdate>) => api<Settings>('/settings', { method: 'PATCH', body: patch }),
    onSuccess: (s) => client.setQueryData(settingsKey, s),
  });
}
