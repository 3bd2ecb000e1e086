import type { WebForm, webFormCreate, webFormUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

export type { WebForm };
export type WebFormCreate = z.input<typeof webFormCreate>;
export type WebFormUpdate = z.input<typeof webFormUpdate>;

const formsKey = ['web-forms'] as const;

/** A company has a handful of forms; the server sends them all in one page. */
export function useWebForms() {
  return useQuery({
    queryKey: formsKey,
    queryFn: () => api<{ items: WebForm[] }>('/web-forms').then((r) => r.items),
    // Visitors add leads from outside the app, so the counts are read afresh each time the page opens.
    staleTime: 0,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: formsKey });
}

export function useCreateWebForm() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: WebFormCreate) => api<WebForm>('/web-forms', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateWebForm() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: WebFormUpdate }) =>
      api<WebForm>(`/web-forms/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteWebForm() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/web-forms/${id}`, { method: 'DELETE' }), onSuccess: invalidate });
}
