import type { Role } from '@spilno/schema';
import type { Ctx } from '../http/context.ts';
import { createActivity } from '../modules/activities/activities.service.ts';
import type { Actor } from '../modules/audit/audit.service.ts';
import { createCompany } from '../modules/companies/companies.service.ts';
import { createContact } from '../modules/contacts/contacts.service.ts';
import { seedDemoSales } from './seed-sales.ts';
import { seedDemoTasks } from './seed-tasks.ts';

type Owner = { id: string; name: string; email: string; role: Role };

const companies = [
  {
    name: 'Рошен Трейд',
    type: 'customer',
    industry: 'food_and_beverage',
    website: 'https://roshen-trade.example',
    phones: ['044 200 10 10'],
  },
  {
    name: 'Nova Poshta Partners',
    type: 'partner',
    industry: 'shipping',
    website: 'https://np-partners.example',
    phones: ['0 800 500 609'],
  },
  {
    name: 'Adriatica Srl',
    type: 'customer',
    industry: 'retail',
    website: 'https://adriatica.example',
    phones: ['+39 06 4567 8901'],
  },
  { name: 'Карпатські Ремесла', type: 'reseller', industry: 'apparel', website: null, phones: ['032 245 67 89'] },
  { name: 'Lviv IT Cluster', type: 'partner', industry: 'technology', website: 'https://itcluster.example', phones: [] },
  {
    name: 'Milano Design Studio',
    type: 'customer',
    industry: 'advertising',
    website: 'https://mds.example',
    phones: ['+39 02 8765 4321'],
  },
  { name: 'Агро Поділля', type: 'customer', industry: 'agriculture', website: null, phones: ['0432 55 66 77'] },
  { name: 'Black Sea Ventures', type: 'investor', industry: 'venture_capital', website: 'https://bsv.example', phones: [] },
] as const;

const people = [
  ['Іван', 'Петренко', '099 152 44 82', 0, ['wholesale', 'returning']],
  ['Олена', 'Коваль', '067 555 12 34', 0, ['retail']],
  ['Giulia', 'Rossi', '+39 347 123 4567', 2, ['new']],
  ['Андрій', 'Шевченко', '050 321 45 67', 1, ['wholesale']],
  ['Марія', 'Бондаренко', '063 777 88 99', 3, ['retail', 'returning']],
  ['Luca', 'Bianchi', '+39 333 987 6543', 5, ['vip']],
  ['Дмитро', 'Мельник', '097 111 22 33', 6, ['wholesale', 'vip']],
  ['Наталія', 'Ткаченко', '066 444 55 66', null, ['new']],
  ['Сергей', 'Иванов', '095 246 80 24', 4, ['returning']],
  ['Francesca', 'Ferrari', '+39 320 555 0101', 2, ['retail']],
  ['Oksana', 'Lysenko', '068 135 79 13', 7, ['vip']],
  ['Юлія', 'Кравченко', '073 222 33 44', null, ['new', 'retail']],
  ['Marco', 'Esposito', '+39 345 246 8101', 5, ['returning']],
  ['Ольга', 'Савченко', '093 987 65 43', 6, ['wholesale']],
  ['John', 'Miller', '+44 7911 123456', 7, ['new']],
  ['Тарас', 'Гончаренко', '096 555 44 33', 3, ['retail']],
  ['Анна', 'Смирнова', '098 765 43 21', 4, ['returning', 'vip']],
  ['Paolo', 'Romano', '+39 06 1234 5678', 2, ['wholesale']],
] as const;

const notes = [
  'Asked for the 2027 price list',
  'Prefers calls after 10:00',
  'Interested in wholesale terms',
  'Pays by bank transfer',
];
const outcomes = ['answered', 'no_answer', 'callback', 'ordered'] as const;

const ctxAs = (base: Omit<Ctx, 'user'>, owner: Owner, actor: Actor): Ctx => ({
  ...base,
  actor: { ...actor, userId: owner.id, userName: owner.name },
  user: { ...owner, status: 'active' },
});

/** A small, believable customer base: companies, their people and a few weeks of history, owned by the demo managers. */
export async function seedDemoContacts(base: Omit<Ctx, 'user'>, owners: Owner[], actor: Actor): Promise<void> {
  const exists = await base.db.selectFrom('contacts').select('id').limit(1).executeTakeFirst();
  if (exists) return;
  const sellers = owners.filter((o) => o.role === 'manager' || o.role === 'support');
  const ctxFor = (i: number): Ctx => ctxAs(base, sellers[i % sellers.length] as Owner, actor);
  const companyIds: string[] = [];
  for (const [i, c] of companies.entries()) {
    const company = await createCompany(ctxFor(i), {
      ...c,
      phones: c.phones.map((value) => ({ value, label: 'work' })),
      emails: [],
      tags: [],
      customFields: {},
    });
    companyIds.push(company.id);
  }
  const day = 24 * 3600 * 1000;
  for (const [i, [firstName, lastName, phone, company, tags]] of people.entries()) {
    const ctx = ctxFor(i);
    const email = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') || `client${i}`;
    const contact = await createContact(ctx, {
      firstName,
      lastName,
      phones: [{ value: phone, label: 'mobile' }],
      emails: [{ value: `${email.length > 3 ? email : `client${i}`}@example.com`, label: 'work' }],
      companyId: company === null ? undefined : companyIds[company],
      tags: [...tags],
      emailConsent: i % 3 !== 0,
      smsConsent: i % 2 === 0,
      preferences: {},
      customFields: {},
      source: ['website', 'call', 'referral', 'event'][i % 4],
    });
    for (let k = 0; k < 1 + (i % 4); k++) {
      const occurredAt = new Date(Date.now() - (i * 3 + k * 5) * day).toISOString();
      if (k % 2 === 0) {
        await createActivity(ctx, {
          type: 'call',
          contactId: contact.id,
          direction: k ? 'inbound' : 'outbound',
          durationSec: 60 + i * 13,
          outcome: outcomes[(i + k) % 4],
          occurredAt,
          body: '',
          pinned: false,
        });
      } else {
        await createActivity(ctx, {
          type: 'note',
          contactId: contact.id,
          body: notes[(i + k) % notes.length] ?? '',
          occurredAt,
          pinned: k === 1 && i % 5 === 0,
        });
      }
    }
  }
  await seedDemoTasks(sellers.map((_, i) => ctxFor(i)));
  const admin = owners.find((o) => o.role === 'admin');
  if (admin) await seedDemoSales([ctxAs(base, admin, actor), ...sellers.map((_, i) => ctxFor(i))]);
  console.log(
    `demo: ${companies.length} companies, ${people.length} contacts with their timelines, tasks for ${sellers.length} people, leads, deals and orders`,
  );
}
