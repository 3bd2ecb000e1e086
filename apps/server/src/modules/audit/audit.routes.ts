import { auditEntry, auditQuery, page } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { listAudit } from './audit.repo.ts';

export async function auditRoutes(app: App) {
  app.get(
    '/api/v1/audit-log',
    {
      config: { ability: 'audit.read' },
      schema: { tags: ['audit'], querystring: auditQuery, response: { 200: page(auditEntry) } },
    },
    (req) => listAudit(app.deps.db, req.query),
  );
}
