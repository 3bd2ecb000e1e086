import type { Document, DocumentKind, documentSend } from '@spilno/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, apiUrl } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

/** What documents are issued from: a deal or an order. */
export type DocumentSource = { dealId: string } | { orderId: string };
export type DocumentSend = z.input<typeof documentSend>;
const documentsKey = ['documents'] as const;

/** Issuing and sending are logged on the deal's and customer's timelines, so those refresh too. */
function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all([documentsKey, ['activities']].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useDocuments(source: DocumentSource) {
  return useCursorList<Document>(documentsKey, '/documents', source);
}

export function useCreateDocument() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DocumentSource & { kind: DocumentKind }) => api<Document>('/documents', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useSendDocument() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DocumentSend }) =>
      api<Document>(`/documents/${id}/send`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export const fileUrl = (id: string, format: 'pdf' | 'xlsx') => apiUrl(`/documents/${id}/file`, { format });
/** Served inline and framable by our own pages, unlike the download. */
export const previewUrl = (id: string) => apiUrl(`/documents/${id}/preview`);
