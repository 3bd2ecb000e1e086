import { dealCreate, leadCreate, orderCreate, type Product, productCreate } from '@spilno/schema';
import type { Ctx } from '../http/context.ts';
import { createDeal } from '../modules/deals/deals.service.ts';
import { createLead } from '../modules/leads/leads.service.ts';
import { addPayment, createOrder, updateOrder } from '../modules/orders/orders.service.ts';
import { getPipeline } from '../modules/pipelines/pipelines.service.ts';
import { createProduct } from '../modules/products/products.service.ts';

const products = [
  ['BRD-RYE', 'Rye bread', '38.50', '21.00', '20'],
  ['BRD-WHT', 'White loaf', '29.90', '15.40', '20'],
  ['CAKE-KYIV', 'Kyiv cake', '620.00', '380.00', '20'],
  ['CAKE-NAP', 'Napoleon cake', '540.00', '310.00', '20'],
  ['CRS-BUT', 'Butter croissant', '45.00', '19.50', '20'],
  ['CAT-BOX', 'Catering box (10 people)', '2450.00', '1500.00', '20'],
  ['DLV-CITY', 'Delivery within the city', '150.00', '90.00', '0'],
] as const;
const leadNames = [
  'Vasyl Hnatiuk',
  'Kateryna Pavlenko',
  'Sofia Greco',
  'Maksym Zinchenko',
  'Irina Orlova',
  'Roberto Conti',
  'Halyna Moroz',
  'Denys Kravets',
  'Lucia Marino',
];
const interests = ['Corporate catering', 'Wedding cake', 'Weekly bread supply', 'Birthday order', 'Coffee shop wholesale'];
const sources = ['call', 'website', 'email', 'partner', 'marketplace', 'existing_customer'] as const;
const day = 86_400_000;

/** Deterministic "random" so the demo looks the same on every machine. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Leads in every board column, ~150 deals across the stages and ~300 orders over the last year. */
export async function seedDemoSales(ctxs: Ctx[]): Promise<void> {
  const rand = sequence(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const admin = ctxs[0] as Ctx;
  const catalogue: Product[] = [];
  for (const [sku, name, price, costPrice, vatRate] of products) {
    catalogue.push(await createProduct(admin, productCreate.parse({ sku, name, price, costPrice, vatRate, unit: 'pcs' })));
  }
  const sellers = ctxs.filter((c) => c.user.role === 'manager');
  for (const [i, name] of leadNames.entries()) {
    const ctx = sellers[i % sellers.length] as Ctx;
    const next = [-2 * day, day, 3 * day][i % 3] as number;
    const status = i % 3 === 2 ? 'new' : 'in_progress';
    await createLead(
      ctx,
      leadCreate.parse({
        name,
        status,
        phone: `+38067${String(1_000_000 + i * 7919).slice(0, 7)}`,
        interest: pick(interests),
        source: pick(sources),
        rating: pick(['A', 'B', 'C']),
        nextActionAt: new Date(Date.now() + next).toISOString(),
      }),
    );
  }
  const contacts = await admin.db.selectFrom('contacts').select(['id', 'owner_id', 'company_id']).execute();
  const pipeline = await getPipeline(admin.db);
  for (let i = 0; i < 150; i++) {
    const contact = pick(contacts);
    const ctx = sellers.find((s) => s.user.id === contact.owner_id) ?? (sellers[i % sellers.length] as Ctx);
    // Most deals are early in the pipeline, a few far along or closed.
    const stage = pipeline.stages[Math.min(pipeline.stages.length - 1, Math.floor(rand() ** 1.6 * pipeline.stages.length))];
    const close = new Date(Date.now() + Math.floor((rand() * 240 - 60) * day)).toISOString().slice(0, 10);
    await createDeal(
      ctx,
      dealCreate.parse({
        name: `${pick(interests)} #${i + 1}`,
        stageId: stage?.id,
        contactId: contact.id,
        companyId: contact.company_id,
        expectedCloseDate: close,
        items: [{ productId: pick(catalogue).id, quantity: String(1 + Math.floor(rand() * 40)) }],
        source: pick(sources),
      }),
    );
  }
  for (let i = 0; i < 300; i++) {
    const contact = pick(contacts);
    const ctx = sellers.find((s) => s.user.id === contact.owner_id) ?? (sellers[i % sellers.length] as Ctx);
    const orderedAt = new Date(Date.now() - Math.floor(rand() * 365 * day)).toISOString();
    const lines = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      productId: pick(catalogue).id,
      quantity: String(1 + Math.floor(rand() * 12)),
    }));
    const age = (Date.now() - Date.parse(orderedAt)) / day;
    const order = await createOrder(
      ctx,
      orderCreate.parse({
        contactId: contact.id,
        items: lines,
        orderedAt,
        paymentMethod: pick(['cash_on_delivery', 'card', 'bank_transfer', 'paid_online']),
        source: pick(['phone', 'website', 'marketplace', 'store']),
      }),
    );
    const status = age > 14 ? (rand() < 0.08 ? 'cancelled' : 'completed') : pick(['new', 'processing', 'shipped']);
    if (status !== 'new') await updateOrder(ctx, order.id, { status });
    if (status === 'completed')
      await addPayment(ctx, order.id, {
        amount: rand() < 0.85 ? order.total : (Number(order.total) / 2).toFixed(2),
        paidAt: orderedAt,
      });
  }
}
