import type { Pipeline, pipelineCreate, pipelineUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { localizePipeline } from './stageNames.ts';

export const pipelinesKey = ['pipelines'] as const;

/** Every pipeline with its stages in board order, the default first; default names in the reader's language. */
export function usePipelines() {
  const { t } = useTranslation();
  const select = useCallback((r: { items: Pipeline[] }) => r.items.map((p) => localizePipeline(p, t)), [t]);
  return useQuery({
    queryKey: pipelinesKey,
    queryFn: () => api<{ items: Pipeline[] }>('/pipelines'),
    select,
    staleTime: 60_000,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  // Stage names and probabilities show on boards and deals too.
  return () => Promise.all([pipelinesKey, ['deals']].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useCreatePipeline() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: z.input<typeof pipelineCreate>) => api<Pipeline>('/pipelines', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdatePipeline() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: z.input<typeof pipelineUpdate> }) =>
      api<Pipeline>(`/pipelines/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeletePipeline() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/pipelines/${id}`, { method: 'DELETE' }), onSuccess: invalidate });
}
