import type { CalendarAnswer } from '@spilno/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `perDay`: at most that many events per day (in the browser's zone), with each day's count in `days`. */
export function useCalendar(from: Date, to: Date, userId: string | undefined, perDay?: number) {
  return useQuery({
    queryKey: ['calendar', from.toISOString(), to.toISOString(), userId, perDay],
    queryFn: () =>
      api<CalendarAnswer>('/calendar', {
        query: { from: from.toISOString(), to: to.toISOString(), userId, ...(perDay ? { perDay, tz } : {}) },
      }),
    placeholderData: (previous) => previous,
  });
}

export function useCreateFeed() {
  return useMutation({ mutationFn: () => api<{ url: string }>('/calendar/feed', { method: 'POST' }) });
}
