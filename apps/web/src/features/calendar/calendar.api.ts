import type { CalendarEvent } from '@spilno/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export function useCalendar(from: Date, to: Date, userId: string | undefined) {
  return useQuery({
    queryKey: ['calendar', from.toISOString(), to.toISOString(), userId],
    queryFn: () =>
      api<{ items: CalendarEvent[]; truncated: boolean }>('/calendar', {
        query: { from: from.toISOString(), to: to.toISOString(), userId },
      }),
    placeholderData: (previous) => previous,
  });
}

export function useCreateFeed() {
  return useMutation({ mutationFn: () => api<{ url: string }>('/calendar/feed', { method: 'POST' }) });
}
