import { followUpKindParams, followUpRule, followUpRuleUpdate } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { listRules, updateRule } from './follow-ups.service.ts';

export async function followUpsRoutes(app: App) {
  const tags = ['follow-ups'];
  const manage = { ability: 'settings.manage' } as const;
  app.get(
    '/api/v1/follow-up-rules',
    { config: manage, schema: { tags, response: { 200: z.object({ items: z.array(followUpRule) }) } } },
    async () => ({ items: await listRules(app.deps.db) }),
  );
  app.patch(
    '/api/v1/follow-up-rules/:kind',
    { config: manage, schema: { tags, params: followUpKindParams, body: followUpRuleUpdate, response: { 200: followUpRule } } },
    (req) => updateRule(ctxOf(req), req.params.kind, req.body),
  );
}
