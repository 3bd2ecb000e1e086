import { CALL_OUTCOMES, CONTACTING_TYPES } from '@spilno/schema';
import type { Lang } from '../../../apps/server/src/cli/demo-data/names.ts';
import { type Entity, NOW } from '../context.ts';
import { type Random, uuidv7At, Weighted, Zipf } from '../random.ts';
import { LANGS } from './contacts.ts';
import { userId } from './shared.ts';

const TYPES = new Weighted(['call', 'note', 'email', 'sms', 'meeting', 'system'], [40, 20, 20, 10, 8, 2]);
const CONTACTING = new Set<string>(CONTACTING_TYPES);
const TEXT: Record<Lang, Record<string, string[]>> = {
  uk: {
    call: ['Обговорили замовлення', 'Не відповідає, передзвонити', 'Уточнили адресу доставки', 'Просить знижку на партію'],
    note: ['Надіслати прайс у понеділок', 'Клієнт задоволений доставкою', 'Потрібен рахунок з ПДВ'],
    email: ['Комерційна пропозиція', 'Рахунок на оплату', 'Підтвердження замовлення'],
    meeting: ['Зустріч в офісі клієнта', 'Презентація нового асортименту'],
    sms: ['Ваше замовлення відправлено', 'Нагадування про оплату'],
  },
  ru: {
    call: ['Обсудили заказ', 'Не берёт трубку', 'Уточнили сроки поставки', 'Просит скидку'],
    note: ['Отправить прайс', 'Клиент доволен', 'Нужен счёт'],
    email: ['Коммерческое предложение', 'Счёт на оплату', 'Подтверждение заказа'],
    meeting: ['Встреча в офисе', 'Презентация продукции'],
    sms: ['Заказ отправлен', 'Напоминание об оплате'],
  },
  it: {
    call: ['Discusso l’ordine', 'Non risponde, richiamare', 'Confermato l’indirizzo di consegna', 'Chiede uno sconto'],
    note: ['Inviare il listino lunedì', 'Cliente soddisfatto', 'Serve fattura elettronica'],
    email: ['Offerta commerciale', 'Fattura', 'Conferma d’ordine'],
    meeting: ['Incontro presso il cliente', 'Presentazione del catalogo'],
    sms: ['Il tuo ordine è stato spedito', 'Promemoria pagamento'],
  },
  en: {
    call: ['Discussed the order', 'No answer, call back', 'Confirmed delivery address', 'Asked for a discount'],
    note: ['Send the price list on Monday', 'Happy with the delivery', 'Needs a VAT invoice'],
    email: ['Quote', 'Invoice', 'Order confirmation'],
    meeting: ['Meeting at the client’s office', 'Product demo'],
    sms: ['Your order has shipped', 'Payment reminder'],
  },
};

/**
 * Activities per contact are heavy-tailed: a third have none, most a few, key accounts
 * hundreds. Weights are Pareto draws scaled so the total lands on the target.
 */
function activityCounts(n: number, total: number, rnd: Random): Uint32Array {
  const w = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    w[i] = rnd.chance(0.35) ? 0 : Math.min(rnd.pareto(1.3), 400);
    sum += w[i] as number;
  }
  const counts = new Uint32Array(n);
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const exact = ((w[i] as number) * total) / sum + carry;
    counts[i] = Math.floor(exact);
    carry = exact - (counts[i] as number);
  }
  return counts;
}

export const activities: Entity = {
  name: 'activities',
  tables: ['activities'],
  large: 3_000_000,
  async generate(ctx) {
    const rnd = ctx.rnd('activities');
    const total = ctx.n(this.large);
    const { contacts: c, users, companies: co } = ctx.state;
    const n = c.ids.length;
    // One in twenty entries is about a company as a whole, the rest about a person.
    const companyOnly = co.ids.length ? Math.round(total * 0.05) : 0;
    const counts = activityCounts(n, total - companyOnly, rnd);
    const w = ctx.sink.writer('activities', {
      id: 'id',
      type: 'text',
      contact_id: 'id',
      company_id: 'id',
      subject: 'text',
      body: 'text',
      direction: 'text',
      duration_sec: 'int',
      outcome: 'text',
      occurred_at: 'ts',
      author_id: 'id',
      pinned: 'bool',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const p = ctx.progress('activities', total);
    const lastContacted: [string, string][] = [];
    const write = async (contactId: string | null, companyId: string | null, lang: Lang, from: number, owner: number) => {
      const type = TYPES.pick(rnd);
      const at = from + rnd.next() * (NOW - from);
      const iso = new Date(at).toISOString();
      const texts = TEXT[lang][type === 'system' ? 'note' : type] ?? [];
      const call = type === 'call';
      const outcome = call ? rnd.pick(CALL_OUTCOMES) : null;
      const body = type === 'system' ? 'Stage changed' : rnd.pick(texts);
      // Logged shortly after it happened, by the owner mostly; the id carries the logging time.
      const logged = at + rnd.int(3600_000);
      const pending = w.push([
        uuidv7At(logged, rnd),
        type,
        contactId,
        companyId,
        type === 'email' || type === 'meeting' ? body : null,
        body,
        call || type === 'email' || type === 'sms' ? (rnd.chance(0.6) ? 'outbound' : 'inbound') : null,
        call ? (outcome === 'answered' || outcome === 'ordered' ? rnd.between(20, 1200) : 0) : null,
        outcome,
        iso,
        userId(users, rnd.chance(0.8) && owner >= 0 ? owner : rnd.int(users.length)),
        type === 'note' && rnd.chance(0.02),
        new Date(logged).toISOString(),
        new Date(logged).toISOString(),
      ]);
      if (pending) await pending;
      p.tick();
      return { type, iso };
    };
    for (let i = 0; i < n; i++) {
      const count = counts[i] as number;
      const id = c.ids[i] as string;
      let last = '';
      for (let k = 0; k < count; k++) {
        const a = await write(id, null, LANGS[c.lang[i] as number] ?? 'en', c.createdAt[i] as number, c.owner[i] as number);
        if (CONTACTING.has(a.type) && a.iso > last) last = a.iso;
      }
      if (last) lastContacted.push([id, last]);
    }
    const companyOf = new Zipf(co.ids.length, 1.05, 4);
    for (let k = 0; k < companyOnly; k++) {
      const j = companyOf.rank(rnd);
      await write(null, co.ids[j] ?? null, co.lang[j] ?? 'en', co.createdAt[j] ?? NOW, -1);
    }
    await w.end();
    p.done();
    // What the server keeps on every write: the newest call, email, meeting or SMS per contact.
    const u = ctx.progress('contacts.last_contacted_at', lastContacted.length);
    await ctx.sink.updateById('contacts', 'last_contacted_at', 'ts', lastContacted);
    u.tick(lastContacted.length);
    u.done();
  },
};
