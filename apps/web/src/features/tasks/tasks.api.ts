import type { Task, TaskCreate, TaskOccurrenceUpdate, TaskUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const tasksKey = ['tasks'] as const;
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Kyiv';

export type TaskFilters = Record<string, string | undefined>;

export function useTasks(filters: TaskFilters) {
  return useCursorList<Task>(tasksKey, '/tasks', { timeZone: browserTimeZone(), ...filters });
}

export function useTask(id: string | null) {
  return useQuery({ queryKey: [...tasksKey, 'one', id], queryFn: () => api<Task>(`/tasks/${id}`), enabled: Boolean(id) });
}

/** A task shows in lists, the calendar and (completed) on a timeline: refresh all three. */
function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all([tasksKey, ['calendar'], ['activities']].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useCreateTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TaskCreate) => api<Task>('/tasks', { method: 'POST', body: { timeZone: browserTimeZone(), ...body } }),
    onSuccess: refresh,
  });
}

export function useUpdateTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskUpdate }) => api<Task>(`/tasks/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: refresh,
  });
}

/** One occurrence of a recurring task, or it and all following; answers the task that now holds it. */
export function useUpdateOccurrence() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TaskOccurrenceUpdate }) =>
      api<Task>(`/tasks/${id}/occurrence`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useCompleteTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome?: string; note?: string }) =>
      api<{ task: Task; next: Task | null }>(`/tasks/${id}/complete`, {
        method: 'POST',
        body: { ...(outcome && { outcome }), ...(note && { note }) },
      }),
    onSuccess: refresh,
  });
}

export function useDeleteTask() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api<void>(`/tasks/${id}`, { method: 'DELETE' }), onSuccess: refresh });
}
