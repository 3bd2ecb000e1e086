import { DEFAULT_STAGES } from '@spilno/schema';
import { lineAmounts } from '../../../apps/server/src/modules/products/product-lines.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import type { Random } from '../random.ts';
import { uuidv7At, Weighted } from '../random.ts';
import { ownerPicker, userId } from './shared.ts';

const DAY = 86_400_000;
type StageRow = { id: string; probability: number; kind: string; name: string };
const SECOND_PIPELINE = [
  { name: 'Запит', probability: 20, kind: 'open' },
  { name: 'Кошторис', probability: 50, kind: 'open' },
  { name: 'Узгодження', probability: 80, kind: 'open' },
  { name: 'Виграно', probability: 100, kind: 'won' },
  { name: 'Програно', probability: 0, kind: 'lost' },
];
const LOST = ['Ціна', 'Обрали конкурента', 'Немає бюджету', 'Не відповідає', null];
const QTY = new Weighted([1, 2, 5, 10, 20, 50, 100], [30, 20, 15, 15, 10, 6, 4]);

/** A deal's quoted lines (0–3) from the catalogue, as `resolveLines` fills them. */
export function quoteLines(ctx: Parameters<NonNullable<Entity['generate']>>[0], rnd: Random, count: number) {
  const pr = ctx.state.products;
  const lines = [];
  for (let k = 0; k < count && pr.ids.length; k++) {
    const j = rnd.int(pr.ids.length);
    const line = {
      position: k,
      product_id: pr.ids[j] as string,
      sku: pr.sku[j] as string,
      name: pr.name[j] as string,
      quantity_milli: QTY.pick(rnd) * 1000,
      price_minor: pr.price[j] as number,
      cost_minor: pr.cost[j] as number,
      discount_bp: rnd.chance(0.7) ? 0 : rnd.pick([300, 500, 1000]),
      vat_bp: pr.vat[j] as number,
    };
    lines.push({ ...line, amounts: lineAmounts(line) });
  }
  return lines;
}

/**
 * Pipelines (the default one of the pipeline service, plus a second smaller one), deals with
 * 0–3 catalogue lines and their stage history (one row, or two when the deal moved on). Recent
 * deals are mostly open; older ones won or lost, a stale few still open.
 */
export const deals: Entity = {
  name: 'deals',
  tables: ['pipelines', 'pipeline_stages', 'deals', 'deal_items', 'deal_stage_history'],
  large: 500_000,
  async generate(ctx) {
    const rnd = ctx.rnd('deals');
    const total = ctx.n(this.large);
    const { users, contacts: c, companies: co } = ctx.state;
    const owner = ownerPicker(users, rnd);
    const setupAt = new Date(NOW - YEARS3 - 15 * DAY).toISOString();
    const pipes: { id: string; stages: StageRow[] }[] = [];
    const pw = ctx.sink.writer('pipelines', { id: 'id', name: 'text', is_default: 'bool', created_at: 'ts', updated_at: 'ts' });
    const sw = ctx.sink.writer('pipeline_stages', {
      id: 'id',
      pipeline_id: 'id',
      name: 'text',
      probability: 'int',
      position: 'int',
      kind: 'text',
      created_at: 'ts',
      updated_at: 'ts',
    });
    for (const [name, stages] of [
      ['Sales', DEFAULT_STAGES],
      ['Об’єкти', SECOND_PIPELINE],
    ] as const) {
      const id = uuidv7At(Date.parse(setupAt), rnd);
      await pw.push([id, name, name === 'Sales', setupAt, setupAt]);
      const rows = stages.map((s, position) => {
        const row = { id: uuidv7At(Date.parse(setupAt), rnd), ...s };
        sw.push([row.id, id, s.name, s.probability, position, s.kind, setupAt, setupAt]);
        return row;
      });
      pipes.push({ id, stages: rows });
    }
    await pw.end();
    await sw.end();

    const dw = ctx.sink.writer('deals', {
      id: 'id',
      name: 'text',
      name_sort: 'text',
      pipeline_id: 'id',
      stage_id: 'id',
      status: 'text',
      amount_minor: 'big',
      currency: 'text',
      probability: 'int',
      expected_close_date: 'text',
      contact_id: 'id',
      company_id: 'id',
      source: 'text',
      owner_id: 'id',
      close_reason: 'text',
      closed_at: 'ts',
      stage_entered_at: 'ts',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const iw = ctx.sink.writer('deal_items', {
      id: 'id',
      deal_id: 'id',
      position: 'int',
      product_id: 'id',
      name: 'text',
      quantity_milli: 'big',
      price_minor: 'big',
      discount_bp: 'int',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const hw = ctx.sink.writer('deal_stage_history', {
      id: 'id',
      deal_id: 'id',
      stage_id: 'id',
      entered_at: 'ts',
      left_at: 'ts',
      user_id: 'id',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const s = ctx.state.deals;
    s.contact = new Int32Array(total);
    s.createdAt = new Float64Array(total);
    const p = ctx.progress('deals', total);
    for (let i = 0; i < total; i++) {
      const pipe = (rnd.chance(0.9) ? pipes[0] : pipes[1]) as (typeof pipes)[number];
      const open = pipe.stages.filter((x) => x.kind === 'open');
      const created = NOW - YEARS3 + rnd.next() * YEARS3;
      const age = NOW - created;
      const r = rnd.next();
      const kind =
        age < 120 * DAY ? (r < 0.7 ? 'open' : r < 0.85 ? 'won' : 'lost') : r < 0.08 ? 'open' : r < 0.45 ? 'won' : 'lost';
      const stage = (kind === 'open' ? rnd.pick(open) : pipe.stages.find((x) => x.kind === kind)) as StageRow;
      const first = open[0] as StageRow;
      const moved = stage.id !== first.id;
      const entered = moved ? Math.min(NOW, created + rnd.between(1, 60) * DAY + rnd.int(DAY)) : created;
      const contact = c.ids.length && rnd.chance(0.85) ? rnd.int(c.ids.length) : -1;
      const company =
        contact >= 0 ? (c.company[contact] as number) : co.ids.length && rnd.chance(0.5) ? rnd.int(co.ids.length) : -1;
      const lines = quoteLines(ctx, rnd, rnd.int(4));
      const amount = lines.length ? lines.reduce((n, l) => n + l.amounts.net, 0) : rnd.between(50, 50_000) * 100;
      const id = uuidv7At(created, rnd);
      const createdIso = new Date(created).toISOString();
      const enteredIso = new Date(entered).toISOString();
      const who = owner();
      const product = lines[0]?.name;
      const name = product ? `${product}${lines.length > 1 ? ` +${lines.length - 1}` : ''}` : `Угода ${i + 1}`;
      const pending = dw.push([
        id,
        name,
        name.toLowerCase(),
        pipe.id,
        stage.id,
        kind,
        amount,
        'UAH',
        stage.probability,
        new Date(created + rnd.between(14, 90) * DAY).toISOString().slice(0, 10),
        contact < 0 ? null : (c.ids[contact] ?? null),
        company < 0 ? null : (co.ids[company] ?? null),
        rnd.pick(['website', 'call', 'partner', 'existing_customer', null]),
        userId(users, who),
        kind === 'lost' ? rnd.pick(LOST) : null,
        kind === 'open' ? null : enteredIso,
        enteredIso,
        createdIso,
        enteredIso,
      ]);
      if (pending) await pending;
      for (const l of lines) {
        const q = iw.push([
          uuidv7At(created, rnd),
          id,
          l.position,
          l.product_id,
          l.name,
          l.quantity_milli,
          l.price_minor,
          l.discount_bp,
          createdIso,
          createdIso,
        ]);
        if (q) await q;
      }
      const uid = userId(users, who);
      let h = hw.push([
        uuidv7At(created, rnd),
        id,
        first.id,
        createdIso,
        moved ? enteredIso : null,
        uid,
        createdIso,
        moved ? enteredIso : createdIso,
      ]);
      if (h) await h;
      if (moved) {
        h = hw.push([uuidv7At(entered, rnd), id, stage.id, enteredIso, null, uid, enteredIso, enteredIso]);
        if (h) await h;
      }
      s.ids.push(id);
      s.contact[i] = contact;
      s.createdAt[i] = created;
      p.tick();
    }
    await dw.end();
    await iw.end();
    await hw.end();
    p.done();
  },
};
