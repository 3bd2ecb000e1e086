import { roleCan } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { listCompanies } from '../companies/companies.repo.ts';
import { listContacts } from '../contacts/contacts.repo.ts';

const hit = z.object({
  type: z.enum(['contact', 'company']),
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
});
const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** The header's quick search (Ctrl-K): the best few of each kind the caller may read. Later modules add their kinds here. */
export async function searchRoutes(app: App) {
  app.get(
    '/api/v1/search',
    {
      config: { ability: 'search.use' },
      schema: {
        tags: ['search'],
        querystring: searchQuery,
        response: { 200: z.object({ items: z.array(hit), nextCursor: z.null() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { q, limit } = req.query;
      const role = ctx.user.role;
      const [contacts, companies] = await Promise.all([
        roleCan(role, 'contacts.read.own') ? listContacts(ctx, { q, limit, sort: 'name' }) : { items: [] },
        roleCan(role, 'companies.read.own') ? listCompanies(ctx, { q, limit, sort: 'name' }) : { items: [] },
      ]);
      const items = [
        ...contacts.items.map((c) => ({
          type: 'contact' as const,
          id: c.id,
          title: `${c.firstName} ${c.lastName}`.trim(),
          subtitle: [c.companyName, c.phones[0]?.value, c.emails[0]?.value].filter(Boolean).join(' · ') || null,
        })),
        ...companies.items.map((c) => ({
          type: 'company' as const,
          id: c.id,
          title: c.name,
          subtitle: c.website ?? c.phones[0]?.value ?? null,
        })),
      ];
      return { items, nextCursor: null };
    },
  );
}
