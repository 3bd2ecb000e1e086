import { LEAD_SOURCES } from '@spilno/schema';
import { type Lang, POOLS } from '../../../apps/server/src/cli/demo-data/names.ts';
import { mobile } from '../../../apps/server/src/cli/demo-data/phones.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At, Weighted } from '../random.ts';
import { LANGS } from './contacts.ts';
import { latin, ownerPicker, userId } from './shared.ts';

const DAY = 86_400_000;
const SOURCES = new Weighted([...LEAD_SOURCES], [20, 8, 6, 5, 2, 10, 30, 14, 5]);
const LANG = new Weighted<Lang>(LANGS, [50, 20, 20, 10]);
const INTEREST = [
  'Оптові ціни на плитку',
  'Ламінат для офісу',
  'Сантехніка для готелю',
  'Утеплення фасаду',
  'Інструмент для бригади',
  'Preventivo pavimenti',
  'Bulk drywall order',
];
const COMPANY = [
  'ТОВ «Будмайстер»',
  'ФОП Коваль',
  'Ремонт-Сервіс',
  'ПП «Оселя»',
  'Edil Roma srl',
  'BuildCo Ltd',
  null,
  null,
  null,
];

/**
 * Leads as the lead service writes them: E.164 phone, lower-case email, status and next action.
 * Recent leads are still being worked; older ones were mostly converted or dropped, and a stale
 * few are still open with a next action long past (the board's "overdue" column).
 */
export const leads: Entity = {
  name: 'leads',
  tables: ['leads'],
  large: 200_000,
  async generate(ctx) {
    const rnd = ctx.rnd('leads');
    const total = ctx.n(this.large);
    const { users, contacts: c } = ctx.state;
    const owner = ownerPicker(users, rnd);
    const w = ctx.sink.writer('leads', {
      id: 'id',
      name: 'text',
      name_sort: 'text',
      phone: 'text',
      email: 'text',
      company_name: 'text',
      interest: 'text',
      source: 'text',
      rating: 'text',
      status: 'text',
      owner_id: 'id',
      next_action_at: 'ts',
      notes: 'text',
      contact_id: 'id',
      company_id: 'id',
      deal_id: 'id',
      converted_at: 'ts',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const p = ctx.progress('leads', total);
    for (let i = 0; i < total; i++) {
      const lang = LANG.pick(rnd);
      const pool = POOLS[lang];
      const female = rnd.chance(0.5);
      const first = rnd.pick(female ? pool.female : pool.male);
      const last = (rnd.pick(pool.surnames) as readonly string[])[female ? 1 : 0] ?? '';
      const name = `${first} ${last}`;
      const created = NOW - YEARS3 + rnd.next() * YEARS3;
      const age = NOW - created;
      const r = rnd.next();
      const status =
        age < 60 * DAY
          ? r < 0.4
            ? 'new'
            : r < 0.8
              ? 'in_progress'
              : r < 0.9
                ? 'converted'
                : 'dead'
          : r < 0.35
            ? 'converted'
            : r < 0.8
              ? 'dead'
              : r < 0.9
                ? 'recycled'
                : r < 0.95
                  ? 'in_progress'
                  : 'new';
      const working = status === 'new' || status === 'in_progress';
      const next = working || status === 'recycled' ? created + rnd.between(1, 14) * DAY : null;
      const converted = status === 'converted' ? created + rnd.between(1, 30) * DAY : null;
      const contact = converted && c.ids.length ? rnd.int(c.ids.length) : -1;
      const touched = Math.min(NOW, converted ?? created + rnd.int(10) * DAY);
      const id = uuidv7At(created, rnd);
      const hasEmail = rnd.chance(0.6);
      const pending = w.push([
        id,
        name,
        name.toLowerCase(),
        rnd.chance(0.9) ? mobile(lang, rnd) : null,
        hasEmail
          ? `${latin(first).replace(/[^a-z]/g, '')}.${latin(last).replace(/[^a-z]/g, '')}${rnd.between(1, 999)}@gmail.com`
          : null,
        rnd.pick(COMPANY),
        rnd.chance(0.7) ? rnd.pick(INTEREST) : null,
        SOURCES.pick(rnd),
        rnd.chance(0.6) ? rnd.pick(['A', 'B', 'C']) : null,
        status,
        userId(users, owner()),
        next === null ? null : new Date(next).toISOString(),
        null,
        contact < 0 ? null : (c.ids[contact] ?? null),
        contact < 0 ? null : (ctx.state.companies.ids[c.company[contact] as number] ?? null),
        null,
        converted === null ? null : new Date(Math.min(converted, NOW)).toISOString(),
        new Date(created).toISOString(),
        new Date(touched).toISOString(),
      ]);
      if (pending) await pending;
      ctx.state.leads.ids.push(id);
      p.tick();
    }
    await w.end();
    p.done();
  },
};
