import type { Activity, ActivityCreate, activityUpdate } from '@spilno/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export type TimelineTarget = { contactId: string } | { companyId: string } | { dealId: string };
export type ActivityPatch = z.input<typeof activityUpdate>;
const activitiesKey = ['activities'] as const;

/** The timeline, newest first. */
export function useActivities(target: TimelineTarget) {
  return useCursorList<Activity>(activitiesKey, '/activities', target);
}

/** Logging or changing an activity moves the contact's "last contacted", so contacts refresh too. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([activitiesKey, ['contacts'], ['companies']].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useCreateActivity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActivityCreate) => api<Activity>('/activities', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateActivity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ActivityPatch }) =>
      api<Activity>(`/activities/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: refresh,
  });
}

export function useDeleteActivity() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api<void>(`/activities/${id}`, { method: 'DELETE' }), onSuccess: refresh });
}
