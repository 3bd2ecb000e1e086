import type { Notification, NotificationPreferences } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, apiUrl } from '../../lib/api.ts';

const key = ['notifications'] as const;
type NotificationPage = { items: Notification[]; nextCursor: string | null; unreadCount: number };

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'list'],
    queryFn: () => api<NotificationPage>('/notifications', { query: { limit: 30 } }),
    enabled,
  });
}

/**
 * The unread count, live: the server pushes it over Server-Sent Events (the session cookie
 * authenticates; EventSource reconnects by itself). Each push refreshes the open list too.
 */
export function useUnreadCount(): { count: number; latest: Notification | null } {
  const client = useQueryClient();
  const [state, setState] = useState<{ count: number; latest: Notification | null }>({ count: 0, latest: null });
  useEffect(() => {
    const source = new EventSource(apiUrl('/notifications/stream'));
    source.addEventListener('unread', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { unreadCount: number; latest: Notification | null };
      setState({ count: data.unreadCount, latest: data.latest });
      void client.invalidateQueries({ queryKey: [...key, 'list'] });
    });
    return () => source.close();
  }, [client]);
  return state;
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      api<{ unreadCount: number }>('/notifications/read', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: [...key, 'preferences'],
    queryFn: () => api<NotificationPreferences>('/notifications/preferences'),
  });
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Record<keyof NotificationPreferences, { inApp?: boolean; email?: boolean }>>) =>
      api<NotificationPreferences>('/notifications/preferences', { method: 'PATCH', body }),
    onSuccess: (data) => client.setQueryData([...key, 'preferences'], data),
  });
}
