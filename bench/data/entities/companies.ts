import { type COMPANY_TYPES, INDUSTRIES } from '@spilno/schema';
import { CITIES, LANG_WEIGHTS, type Lang, POOLS } from '../../../apps/server/src/cli/demo-data/names.ts';
import { landline } from '../../../apps/server/src/cli/demo-data/phones.ts';
import { companyNameSort, companySearchText } from '../../../apps/server/src/modules/companies/company-search-text.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At, Weighted } from '../random.ts';
import { latin, ownerPicker, userId } from './shared.ts';

const UA_ROOTS = ['Агро', 'Буд', 'Техно', 'Еко', 'Дніпро', 'Карпати', 'Полісся', 'Світло', 'Хліб', 'Мета', 'Вектор', 'Лан'];
const UA_TAILS = ['світ', 'трейд', 'постач', 'сервіс', 'пром', 'лайн', 'експорт', 'маркет', 'груп', 'тех'];
const UA_FORMS = ['ТОВ', 'ТОВ', 'ТОВ', 'ПП', 'ФОП', 'ПрАТ'];
const IT_FORMS = ['S.r.l.', 'S.r.l.', 'S.p.A.', '& Figli S.n.c.', 'S.r.l.s.'];
const IT_WORDS = ['Italia', 'Forniture', 'Alimentari', 'Costruzioni', 'Trasporti', 'Tessile', 'Meccanica', 'Servizi'];
const EN_WORDS = ['Trading', 'Logistics', 'Supplies', 'Foods', 'Systems', 'Retail', 'Partners', 'Holdings'];
const TLD: Record<Lang, string> = { uk: 'com.ua', ru: 'com.ua', it: 'it', en: 'co.uk' };

const types = new Weighted<(typeof COMPANY_TYPES)[number]>(['customer', 'partner', 'reseller', 'investor'], [80, 10, 8, 2]);
const langs = new Weighted(Object.keys(LANG_WEIGHTS) as Lang[], Object.values(LANG_WEIGHTS));

export const companies: Entity = {
  name: 'companies',
  tables: ['companies'],
  large: 100_000,
  async generate(ctx) {
    const rnd = ctx.rnd('companies');
    const n = ctx.n(this.large);
    const owner = ownerPicker(ctx.state.users, rnd);
    const created = new Float64Array(n);
    for (let i = 0; i < n; i++) created[i] = NOW - rnd.next() * YEARS3;
    created.sort();
    const w = ctx.sink.writer('companies', {
      id: 'id',
      name: 'text',
      name_sort: 'text',
      type: 'text',
      industry: 'text',
      website: 'text',
      phones: 'json',
      emails: 'json',
      address: 'json',
      tags: 'json',
      owner_id: 'id',
      custom_fields: 'json',
      search_text: 'text',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const s = ctx.state.companies;
    const p = ctx.progress('companies', n);
    for (let i = 0; i < n; i++) {
      const lang = langs.pick(rnd);
      const surname = rnd.pick(POOLS[lang].surnames)[0];
      let name: string;
      if (lang === 'it')
        name = rnd.chance(0.5) ? `${surname} ${rnd.pick(IT_FORMS)}` : `${rnd.pick(IT_WORDS)} ${surname} ${rnd.pick(IT_FORMS)}`;
      else if (lang === 'en')
        name = rnd.chance(0.4) ? `${surname} & ${rnd.pick(POOLS.en.surnames)[0]} Ltd` : `${surname} ${rnd.pick(EN_WORDS)} Ltd`;
      else name = `${rnd.pick(UA_FORMS)} «${rnd.pick(UA_ROOTS)}${rnd.pick(UA_TAILS)}»`;
      const domain = `${latin(name.replace(/^(ТОВ|ПП|ФОП|ПрАТ) /, ''))
        .replace(/\b(srl|spa|snc|srls|ltd|figli)\b/g, '')
        .replace(/[^a-z0-9]+/g, '')}${rnd.int(1000)}.${TLD[lang]}`;
      const at = created[i] as number;
      const iso = new Date(at).toISOString();
      const phones = [{ value: landline(lang, rnd), label: 'work' }];
      const emails = rnd.chance(0.7) ? [{ value: `info@${domain}`, label: 'work' }] : [];
      const tags = rnd.chance(0.3) ? [rnd.pick(['wholesale', 'retail', 'vip'])] : [];
      const industry = rnd.pick(INDUSTRIES);
      const website = rnd.chance(0.6) ? `https://${domain}` : null;
      const address = { city: rnd.pick(CITIES[lang]), country: lang === 'it' ? 'IT' : lang === 'en' ? 'GB' : 'UA' };
      const text = companySearchText({ name, website, phones, emails, tags });
      const id = uuidv7At(at, rnd);
      const pending = w.push([
        id,
        name,
        companyNameSort(name),
        types.pick(rnd),
        industry,
        website,
        phones,
        emails,
        address,
        tags,
        userId(ctx.state.users, owner()),
        {},
        text,
        iso,
        iso,
      ]);
      if (pending) await pending;
      s.ids.push(id);
      s.names.push(name);
      s.lang.push(lang);
      p.tick();
    }
    s.createdAt = created;
    await w.end();
    p.done();
  },
};
