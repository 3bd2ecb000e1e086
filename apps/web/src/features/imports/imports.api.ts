import type { dryRunResult, ImportMapping, ImportResource } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export type DryRun = z.infer<typeof dryRunResult>;
export type ImportEntity = ImportResource['entity'];
export type Dedupe = ImportResource['dedupe'];
const importsKey = ['imports'] as const;
const historyKey = [...importsKey, 'history'] as const;
export type HistoryScope = 'mine' | 'all';

/** Past imports, newest first: the caller's own, or everyone's for an admin. */
export function useImportHistory(scope: HistoryScope) {
  return useCursorList<ImportResource>(historyKey, '/imports', { scope });
}

export function useUploadImport() {
  return useMutation({
    mutationFn: ({ file, entity, dedupe }: { file: File; entity: ImportEntity; dedupe: Dedupe }) => {
      const form = new FormData();
      // Text fields first: the server reads them before it streams the file.
      form.append('entity', entity);
      form.append('dedupe', dedupe);
      form.append('file', file);
      return api<ImportResource>('/imports', { method: 'POST', body: form });
    },
  });
}

export function useUpdateImport() {
  return useMutation({
    mutationFn: ({ id, mapping, dedupe }: { id: string; mapping: ImportMapping; dedupe: Dedupe }) =>
      api<ImportResource>(`/imports/${id}`, { method: 'PATCH', body: { mapping, dedupe } }),
  });
}

export function useDryRun() {
  return useMutation({
    mutationFn: (id: string) => api<DryRun>(`/imports/${id}/run`, { method: 'POST', body: { dryRun: true } }),
  });
}

export function useRunImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ImportResource>(`/imports/${id}/run`, { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: historyKey }),
  });
}

/** A job is at work on the import: running it, or undoing it. */
export const isBusy = (imp: ImportResource): boolean => imp.status === 'running' || imp.status === 'undoing';

/**
 * The import while a job works on it: asked again every second until the job has finished (one
 * never started is not watched). When it has, the lists it changed are fetched again.
 */
export function useImportProgress(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...importsKey, id],
    queryFn: async () => {
      const before = client.getQueryData<ImportResource>([...importsKey, id]);
      const imp = await api<ImportResource>(`/imports/${id}`);
      if (before && isBusy(before) && !isBusy(imp))
        await Promise.all([['contacts'], ['companies'], historyKey].map((queryKey) => client.invalidateQueries({ queryKey })));
      return imp;
    },
    refetchInterval: (q) => (q.state.data && !isBusy(q.state.data) ? false : 1000),
  });
}

/** Asks for an undo; the import then shows "undoing" and its progress until the job is done. */
export function useUndoImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ImportResource>(`/imports/${id}/undo`, { method: 'POST' }),
    onSuccess: (imp) => {
      client.setQueryData([...importsKey, imp.id], imp);
      return client.invalidateQueries({ queryKey: historyKey });
    },
  });
}
