import { paymentStatus } from '../../../apps/server/src/modules/orders/orders.service.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At, Weighted, Zipf } from '../random.ts';
import { quoteLines } from './deals.ts';
import { userId } from './shared.ts';

const DAY = 86_400_000;
/** 1–6 lines, 2.5 on average (issue 6: 2,500,000 lines for 1,000,000 orders). */
const LINES = new Weighted([1, 2, 3, 4, 5, 6], [32, 24, 18, 13, 8, 5]);
const METHODS = new Weighted(['cash_on_delivery', 'card', 'bank_transfer', 'paid_online', null], [35, 20, 25, 15, 5]);
const SOURCES = new Weighted(
  ['phone', 'website', 'marketplace', 'store', 'email', 'messenger', null],
  [25, 30, 15, 10, 5, 10, 5],
);
const DELIVERY = ['Нова пошта', 'Укрпошта', 'Самовивіз', 'Meest', 'Кур’єр'];
const CITY = ['Київ', 'Львів', 'Одеса', 'Дніпро', 'Харків', 'Вінниця', 'Полтава', 'Roma', 'Milano'];

/**
 * Orders as the order service writes them: totals in minor units from `lineAmounts` of each
 * catalogue line, numbers `SO-{YYYY}-{N:5}` counted per year in order of `ordered_at` (and the
 * `counters` rows the next order continues from), payments for most, paid/payment status from them.
 * Repeat customers: a Zipf draw over contacts, so some buy weekly and most once or twice.
 */
export const orders: Entity = {
  name: 'orders',
  tables: ['orders', 'order_items', 'order_payments', 'counters'],
  large: 1_000_000,
  async generate(ctx) {
    const rnd = ctx.rnd('orders');
    const total = ctx.n(this.large);
    const { users, contacts: c, companies: co } = ctx.state;
    const buyers = new Zipf(c.ids.length, 0.7, 20);
    const customer = new Int32Array(total);
    const at = new Float64Array(total);
    for (let i = 0; i < total; i++) {
      const k = buyers.rank(rnd);
      // Rank k → a scattered contact, so the biggest buyers are not the oldest rows.
      const j = (k * 2654435761) % c.ids.length;
      customer[i] = j;
      const from = Math.max(c.createdAt[j] as number, NOW - YEARS3);
      at[i] = from + rnd.next() * (NOW - from);
    }
    const order = Uint32Array.from({ length: total }, (_, i) => i).sort((a, b) => (at[a] as number) - (at[b] as number));

    const ow = ctx.sink.writer('orders', {
      id: 'id',
      number: 'text',
      contact_id: 'id',
      company_id: 'id',
      deal_id: 'id',
      currency: 'text',
      subtotal_minor: 'big',
      vat_minor: 'big',
      total_minor: 'big',
      cost_minor: 'big',
      paid_minor: 'big',
      payment_method: 'text',
      payment_status: 'text',
      status: 'text',
      source: 'text',
      delivery_method: 'text',
      delivery_address: 'text',
      tracking_number: 'text',
      note: 'text',
      owner_id: 'id',
      ordered_at: 'ts',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const iw = ctx.sink.writer('order_items', {
      id: 'id',
      order_id: 'id',
      position: 'int',
      product_id: 'id',
      sku: 'text',
      name: 'text',
      quantity_milli: 'big',
      price_minor: 'big',
      cost_minor: 'big',
      discount_bp: 'int',
      vat_bp: 'int',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const payw = ctx.sink.writer('order_payments', {
      id: 'id',
      order_id: 'id',
      amount_minor: 'big',
      method: 'text',
      paid_at: 'ts',
      note: 'text',
      user_id: 'id',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const seq = new Map<number, number>();
    const p = ctx.progress('orders', total);
    const wait = async (x: Promise<void> | undefined) => {
      if (x) await x;
    };
    for (let n = 0; n < total; n++) {
      const i = order[n] as number;
      const t = at[i] as number;
      const j = customer[i] as number;
      const year = new Date(t).getUTCFullYear();
      const number = (seq.get(year) ?? 0) + 1;
      seq.set(year, number);
      const lines = quoteLines(ctx, rnd, LINES.pick(rnd));
      const sum = lines.reduce(
        (s, l) => ({ net: s.net + l.amounts.net, vat: s.vat + l.amounts.vat, cost: s.cost + l.amounts.cost }),
        {
          net: 0,
          vat: 0,
          cost: 0,
        },
      );
      const totalMinor = sum.net + sum.vat;
      const age = NOW - t;
      const r = rnd.next();
      const status =
        age > 30 * DAY
          ? r < 0.86
            ? 'completed'
            : r < 0.96
              ? 'cancelled'
              : 'shipped'
          : age > 7 * DAY
            ? r < 0.6
              ? 'completed'
              : r < 0.85
                ? 'shipped'
                : r < 0.92
                  ? 'processing'
                  : 'cancelled'
            : r < 0.35
              ? 'new'
              : r < 0.65
                ? 'processing'
                : r < 0.9
                  ? 'shipped'
                  : 'completed';
      const method = METHODS.pick(rnd);
      const id = uuidv7At(t, rnd);
      const iso = new Date(t).toISOString();
      const ownerIdx = (c.owner[j] as number) >= 0 && rnd.chance(0.8) ? (c.owner[j] as number) : rnd.int(users.length);
      // Payments: completed orders paid in full (a few in two parts), refunded when cancelled after paying.
      const pays: [number, number][] = [];
      if (
        status === 'completed' ||
        (status === 'shipped' && method !== 'cash_on_delivery') ||
        (status !== 'new' && method === 'paid_online')
      ) {
        if (rnd.chance(0.05) && totalMinor > 1) {
          const half = Math.floor(totalMinor / 2);
          pays.push([half, t + DAY], [totalMinor - half, t + 5 * DAY]);
        } else pays.push([totalMinor, t + rnd.int(3 * DAY)]);
      } else if (status === 'cancelled' && rnd.chance(0.3)) {
        pays.push([totalMinor, t + DAY], [-totalMinor, t + 4 * DAY]);
      } else if (status === 'processing' && rnd.chance(0.2) && totalMinor > 1) pays.push([Math.floor(totalMinor / 3), t + DAY]);
      const paid = pays.reduce((s, x) => s + x[0], 0);
      const refunded = pays.some((x) => x[0] < 0);
      const last = Math.min(NOW, Math.max(t, ...pays.map((x) => x[1])) + (status === 'new' ? 0 : rnd.int(5 * DAY)));
      const shipped = status === 'shipped' || status === 'completed';
      const company = c.company[j] as number;
      await wait(
        ow.push([
          id,
          `SO-${year}-${String(number).padStart(5, '0')}`,
          c.ids[j] ?? null,
          company >= 0 ? (co.ids[company] ?? null) : null,
          null,
          'UAH',
          sum.net,
          sum.vat,
          totalMinor,
          sum.cost,
          paid,
          method,
          paymentStatus(totalMinor, paid, refunded),
          status,
          SOURCES.pick(rnd),
          rnd.pick(DELIVERY),
          `${rnd.pick(CITY)}, відділення ${rnd.between(1, 250)}`,
          shipped ? `20${rnd.digits(12)}` : null,
          rnd.chance(0.05) ? 'Передзвонити перед відправкою' : null,
          userId(users, ownerIdx),
          iso,
          iso,
          new Date(last).toISOString(),
        ]),
      );
      for (const l of lines) {
        await wait(
          iw.push([
            uuidv7At(t, rnd),
            id,
            l.position,
            l.product_id,
            l.sku,
            l.name,
            l.quantity_milli,
            l.price_minor,
            l.cost_minor,
            l.discount_bp,
            l.vat_bp,
            iso,
            iso,
          ]),
        );
      }
      for (const [amount, when] of pays) {
        const w = new Date(Math.min(when, NOW)).toISOString();
        await wait(payw.push([uuidv7At(Math.min(when, NOW), rnd), id, amount, method, w, null, userId(users, ownerIdx), w, w]));
      }
      ctx.state.orders.ids.push(id);
      p.tick();
    }
    await ow.end();
    await iw.end();
    await payw.end();
    // The next order of each year continues the sequence, as `nextInSequence` would.
    const cw = ctx.sink.writer('counters', { name: 'text', value: 'big', created_at: 'ts', updated_at: 'ts' });
    const now = new Date(NOW).toISOString();
    for (const [year, value] of seq) await wait(cw.push([`orders:${year}`, value, now, now]));
    await cw.end();
    p.done();
  },
};
