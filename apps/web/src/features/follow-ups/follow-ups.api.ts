import type { FollowUpKind, FollowUpRule, followUpRuleUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

export type { FollowUpKind, FollowUpRule };
export type FollowUpRuleUpdate = z.input<typeof followUpRuleUpdate>;

const rulesKey = ['follow-up-rules'] as const;

export function useFollowUpRules() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => api<{ items: FollowUpRule[] }>('/follow-up-rules').then((r) => r.items),
  });
}

export function useUpdateFollowUpRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, patch }: { kind: FollowUpKind; patch: FollowUpRuleUpdate }) =>
      api<FollowUpRule>(`/follow-up-rules/${kind}`, { method: 'PATCH', body: patch }),
    onSuccess: (rule) =>
      client.setQueryData<FollowUpRule[]>(rulesKey, (list) => list?.map((r) => (r.kind === rule.kind ? rule : r))),
  });
}
