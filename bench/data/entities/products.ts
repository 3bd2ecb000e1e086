import { type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At } from '../random.ts';

/** A building-supplies wholesaler's catalogue: kinds × variants, priced per unit in kopiykas. */
const KINDS: [name: string, unit: string, minUah: number, maxUah: number][] = [
  ['Цемент ПЦ-500, мішок 25 кг', 'bag', 150, 260],
  ['Клей для плитки', 'bag', 180, 520],
  ['Штукатурка гіпсова', 'bag', 210, 430],
  ['Ламінат 32 клас', 'm2', 320, 980],
  ['Плитка керамічна', 'm2', 280, 1900],
  ['Фарба інтер’єрна', 'l', 90, 640],
  ['Профіль для гіпсокартону', 'pcs', 55, 180],
  ['Гіпсокартон 12,5 мм', 'sheet', 210, 390],
  ['Утеплювач мінвата', 'pack', 640, 1600],
  ['Змішувач для кухні', 'pcs', 1200, 9800],
  ['Унітаз компакт', 'pcs', 3400, 21000],
  ['Двері міжкімнатні', 'pcs', 2800, 16500],
  ['Вікно металопластикове', 'pcs', 4200, 28000],
  ['Кабель ВВГ 3×2,5', 'm', 38, 72],
  ['Перфоратор', 'pcs', 2600, 14500],
  ['Шуруповерт акумуляторний', 'pcs', 1900, 11800],
];
const VARIANTS = [
  'Standard',
  'Pro',
  'Eco',
  'Premium',
  'Білий',
  'Сірий',
  'Дуб',
  'Горіх',
  'Mini',
  'XL',
  'Classic',
  'Nord',
  'Ceresit',
  'Knauf',
  'Bosch',
  'Grohe',
  'Cersanit',
  'Makita',
  'Rockwool',
  'Sniezka',
  'Tikkurila',
  'Kronospan',
  'Atlas',
  'Henkel',
  'Hansgrohe',
];

export const products: Entity = {
  name: 'products',
  tables: ['products'],
  // A catalogue does not grow with the customer base: a few hundred at every scale.
  large: 400,
  async generate(ctx) {
    const rnd = ctx.rnd('products');
    const total = this.large;
    const w = ctx.sink.writer('products', {
      id: 'id',
      sku: 'text',
      name: 'text',
      name_sort: 'text',
      price_minor: 'big',
      cost_minor: 'big',
      currency: 'text',
      unit: 'text',
      vat_bp: 'int',
      active: 'bool',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const s = ctx.state.products;
    s.price = new Int32Array(total);
    s.cost = new Int32Array(total);
    s.vat = new Int32Array(total);
    const p = ctx.progress('products', total);
    for (let i = 0; i < total; i++) {
      const [kind, unit, min, max] = KINDS[i % KINDS.length] as (typeof KINDS)[number];
      const variant = VARIANTS[Math.floor(i / KINDS.length) % VARIANTS.length] as string;
      const name = `${kind} ${variant}`;
      const price = Math.round((min + rnd.next() * (max - min)) * 100);
      const cost = Math.round(price * (0.55 + rnd.next() * 0.25));
      // As the server stores it: VAT 20 % for most goods, 7 % or none for a few.
      const vat = rnd.chance(0.9) ? 2000 : rnd.chance(0.5) ? 700 : 0;
      const created = NOW - YEARS3 - 20 * 86400_000 + rnd.int(10 * 86400_000);
      const at = new Date(created).toISOString();
      const id = uuidv7At(created, rnd);
      const sku = `SKU-${String(10000 + i)}`;
      s.ids.push(id);
      s.sku.push(sku);
      s.name.push(name);
      s.price[i] = price;
      s.cost[i] = cost;
      s.vat[i] = vat;
      const pending = w.push([id, sku, name, name.toLowerCase(), price, cost, 'UAH', unit, vat, rnd.chance(0.95), at, at]);
      if (pending) await pending;
      p.tick();
    }
    await w.end();
    p.done();
  },
};
