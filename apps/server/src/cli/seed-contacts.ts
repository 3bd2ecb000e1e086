import type { Role } from '@spilno/schema';
import { type Ctx, inTransaction } from '../http/context.ts';
import { createActivity } from '../modules/activities/activities.service.ts';
import type { Actor } from '../modules/audit/audit.service.ts';
import { createCompany } from '../modules/companies/companies.service.ts';
import { createContact } from '../modules/contacts/contacts.service.ts';
import { type DemoActivity, demoHistory } from './demo-data/history.ts';
import type { Lang } from './demo-data/names.ts';
import { demoCompanies, demoContact } from './demo-data/people.ts';
import { seededRng } from './demo-data/random.ts';
import { seedDemoSales } from './seed-sales.ts';
import { seedDemoTasks } from './seed-tasks.ts';

export type Owner = { id: string; name: string; email: string; role: Role };

const COMPANIES = 40;
const CONTACTS = 200;

const ctxAs = (base: Omit<Ctx, 'user'>, owner: Owner, actor: Actor): Ctx => ({
  ...base,
  actor: { ...actor, userId: owner.id, userName: owner.name },
  user: { ...owner, status: 'active' },
});

/** Timeline entries, oldest first, through the same service the API uses. */
async function log(ctx: Ctx, ref: { contactId?: string; companyId?: string }, history: DemoActivity[]): Promise<void> {
  for (const a of history) await createActivity(ctx, { ...a, ...ref });
}

/**
 * A customer base of the chosen market: ~40 companies and ~200 people with a year of calls,
 * notes, emails, meetings and sms, written through the services so it is exactly what the app
 * writes. The seed is fixed, so every run (and every machine) builds the same customers.
 */
export async function seedDemoContacts(base: Omit<Ctx, 'user'>, owners: Owner[], actor: Actor, lang: Lang): Promise<void> {
  const exists = await base.db.selectFrom('contacts').select('id').limit(1).executeTakeFirst();
  if (exists) return;
  const rnd = seededRng(2026);
  const now = Date.now();
  // Sorted so the same seller gets the same customers whatever order the database returns.
  const sellers = owners
    .filter((o) => o.role === 'manager' || o.role === 'support')
    .sort((a, b) => a.email.localeCompare(b.email));
  const ctxs = sellers.map((s) => ctxAs(base, s, actor));
  // Uneven books: the smaller of two draws favours the first sellers, like a top seller next to a newcomer.
  const seller = () => ctxs[Math.min(rnd.int(ctxs.length), rnd.int(ctxs.length))] as Ctx;

  const companies: { id: string; domain: string; ctx: Ctx }[] = [];
  for (const { input, domain } of demoCompanies(lang, rnd, COMPANIES)) {
    const ctx = seller();
    const history = demoHistory(lang, rnd, now, 0.4);
    // One record and its timeline per transaction: a commit per entry made PostgreSQL seeds crawl.
    const company = await inTransaction(ctx, async (tx) => {
      const created = await createCompany(tx, input);
      await log(tx, { companyId: created.id }, history);
      return created;
    });
    companies.push({ id: company.id, domain, ctx });
  }
  const taken = new Set<string>();
  for (let i = 0; i < CONTACTS; i++) {
    // Two in three work somewhere; the low indexes draw more often, so a few companies are big accounts.
    const company = rnd.chance(0.65) ? companies[Math.min(rnd.int(COMPANIES), rnd.int(COMPANIES))] : undefined;
    const ctx = company?.ctx ?? seller();
    const input = demoContact(lang, rnd, company ?? null, taken);
    const history = demoHistory(lang, rnd, now);
    await inTransaction(ctx, async (tx) => {
      const contact = await createContact(tx, input);
      await log(tx, { contactId: contact.id }, history);
    });
  }

  await seedDemoTasks(ctxs);
  const admin = owners.find((o) => o.role === 'admin');
  if (admin) await seedDemoSales([ctxAs(base, admin, actor), ...ctxs]);
  console.log(
    `demo (${lang}): ${COMPANIES} companies, ${CONTACTS} contacts with a year of history, tasks for ${sellers.length} people, leads, deals and orders`,
  );
}
