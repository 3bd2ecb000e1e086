import { type Channel, CONTACT_SOURCES } from '@spilno/schema';
import {
  CITIES,
  EMAIL_DOMAINS,
  LANG_WEIGHTS,
  type Lang,
  POOLS,
  POSITIONS,
} from '../../../apps/server/src/cli/demo-data/names.ts';
import { landline, mobile } from '../../../apps/server/src/cli/demo-data/phones.ts';
import { contactNameSort, contactSearchText } from '../../../apps/server/src/modules/contacts/contact-search-text.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import { type Random, uuidv7At, Weighted, Zipf } from '../random.ts';
import { latin, ownerPicker, userId } from './shared.ts';

export const LANGS: Lang[] = ['uk', 'ru', 'it', 'en'];
const langs = new Weighted(Object.keys(LANG_WEIGHTS) as Lang[], Object.values(LANG_WEIGHTS));
/** Independent chances per tag: many contacts are retail or new, few are vip. */
const TAG_CHANCES: [string, number][] = [
  ['new', 0.3],
  ['returning', 0.25],
  ['wholesale', 0.1],
  ['retail', 0.35],
  ['vip', 0.05],
];
const NOTES: Record<Lang, string[]> = {
  uk: ['Дзвонити після 14:00', 'Цікавиться оптовими цінами', 'Просить рахунок на ТОВ'],
  ru: ['Звонить после обеда', 'Интересуется скидками', 'Предпочитает Viber'],
  it: ['Chiamare dopo le 15', 'Interessato ai prezzi all’ingrosso', 'Preferisce WhatsApp'],
  en: ['Call after 3 pm', 'Asks for wholesale prices', 'Prefers email'],
};

function email(first: string, last: string, lang: Lang, rnd: Random): string {
  const f = latin(first).replace(/[^a-z]/g, '');
  const l = latin(last).replace(/[^a-z]/g, '');
  const local = rnd.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}`,
    `${l}${rnd.between(1, 99)}`,
    `${f}${l}${rnd.between(70, 2005)}`,
  ]);
  return `${local}@${rnd.pick(EMAIL_DOMAINS[lang])}`;
}

/** The server drops repeated phones and emails; (contact, kind, value) is the channels' key. */
function dedupe(list: Channel[]): void {
  for (let i = list.length - 1; i > 0; i--) if (list.findIndex((c) => c.value === list[i]?.value) < i) list.splice(i, 1);
}

export const contacts: Entity = {
  name: 'contacts',
  tables: ['contacts', 'contact_channels', 'contact_tags'],
  large: 1_000_000,
  async generate(ctx) {
    const rnd = ctx.rnd('contacts');
    const n = ctx.n(this.large);
    const { users, companies: co } = ctx.state;
    const owner = ownerPicker(users, rnd);
    // Company sizes follow a power law: the top few have thousands of people, most a handful.
    const companyOf = new Zipf(co.ids.length, 1.05, 4);
    const created = new Float64Array(n);
    for (let i = 0; i < n; i++) created[i] = NOW - rnd.next() * YEARS3;
    created.sort();
    const state = {
      ids: new Array<string>(n),
      createdAt: created,
      company: new Int32Array(n),
      owner: new Int32Array(n),
      lang: new Uint8Array(n),
    };
    const w = ctx.sink.writer('contacts', {
      id: 'id',
      first_name: 'text',
      last_name: 'text',
      name_sort: 'text',
      phones: 'json',
      emails: 'json',
      company_id: 'id',
      position: 'text',
      address: 'json',
      birthday: 'text',
      source: 'text',
      preferences: 'json',
      tags: 'json',
      email_consent: 'bool',
      email_consent_at: 'ts',
      sms_consent: 'bool',
      sms_consent_at: 'ts',
      owner_id: 'id',
      custom_fields: 'json',
      search_text: 'text',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const stamps = { created_at: 'ts', updated_at: 'ts' } as const;
    const channels = ctx.sink.writer('contact_channels', { contact_id: 'id', kind: 'text', value: 'text', ...stamps });
    const tagRows = ctx.sink.writer('contact_tags', { contact_id: 'id', tag: 'text', name_sort: 'text', ...stamps });
    const p = ctx.progress('contacts', n);
    for (let i = 0; i < n; i++) {
      const companyIdx = co.ids.length && rnd.chance(0.7) ? companyOf.rank(rnd) : -1;
      // People of a company mostly speak its language.
      const lang = companyIdx >= 0 && rnd.chance(0.8) ? (co.lang[companyIdx] as Lang) : langs.pick(rnd);
      const pool = POOLS[lang];
      const female = rnd.chance(0.5);
      const firstName = rnd.pick(female ? pool.female : pool.male);
      const lastName = rnd.pick(pool.surnames)[female ? 1 : 0];
      const phones: Channel[] = [];
      if (rnd.chance(0.95)) phones.push({ value: mobile(lang, rnd), label: 'mobile' });
      if (rnd.chance(0.2)) phones.push({ value: mobile(lang, rnd), label: 'mobile' });
      if (companyIdx >= 0 && rnd.chance(0.15)) phones.push({ value: landline(lang, rnd), label: 'work' });
      const emails: Channel[] = [];
      if (rnd.chance(0.75)) emails.push({ value: email(firstName, lastName, lang, rnd), label: 'home' });
      if (companyIdx >= 0 && rnd.chance(0.1)) emails.push({ value: email(firstName, lastName, lang, rnd), label: 'work' });
      dedupe(phones);
      dedupe(emails);
      const tags = TAG_CHANCES.filter(([, chance]) => rnd.chance(chance)).map(([t]) => t);
      const notes = rnd.chance(0.05) ? rnd.pick(NOTES[lang]) : undefined;
      const preferences = {
        language: lang,
        ...(rnd.chance(0.3) ? { channel: rnd.pick(['phone', 'email', 'sms', 'messenger']) } : {}),
        ...(notes ? { notes } : {}),
      };
      const position = companyIdx >= 0 && rnd.chance(0.6) ? rnd.pick(POSITIONS[lang]) : null;
      const ownerIdx = owner();
      const at = created[i] as number;
      const iso = new Date(at).toISOString();
      const id = uuidv7At(at, rnd);
      const nameSort = contactNameSort({ firstName, lastName });
      const emailConsent = emails.length > 0 && rnd.chance(0.4);
      const smsConsent = phones.length > 0 && rnd.chance(0.3);
      const searchText = contactSearchText({
        firstName,
        lastName,
        companyName: companyIdx >= 0 ? (co.names[companyIdx] ?? null) : null,
        position,
        emails,
        phones,
        tags,
        notes: notes ?? null,
      });
      const pending = w.push([
        id,
        firstName,
        lastName,
        nameSort,
        phones,
        emails,
        companyIdx >= 0 ? (co.ids[companyIdx] ?? null) : null,
        position,
        rnd.chance(0.5) ? { city: rnd.pick(CITIES[lang]) } : null,
        rnd.chance(0.2)
          ? `${rnd.between(1955, 2004)}-${String(rnd.between(1, 12)).padStart(2, '0')}-${String(rnd.between(1, 28)).padStart(2, '0')}`
          : null,
        rnd.pick(CONTACT_SOURCES),
        preferences,
        tags,
        emailConsent,
        emailConsent ? iso : null,
        smsConsent,
        smsConsent ? iso : null,
        userId(users, ownerIdx),
        {},
        searchText,
        iso,
        iso,
      ]);
      if (pending) await pending;
      for (const ph of phones) await channels.push([id, 'phone', ph.value, iso, iso]);
      for (const em of emails) await channels.push([id, 'email', em.value, iso, iso]);
      for (const tag of tags) await tagRows.push([id, tag, nameSort, iso, iso]);
      state.ids[i] = id;
      state.company[i] = companyIdx;
      state.owner[i] = ownerIdx;
      state.lang[i] = LANGS.indexOf(lang);
      p.tick();
    }
    ctx.state.contacts = state;
    await Promise.all([w.end(), channels.end(), tagRows.end()]);
    p.done();
    console.log(
      `  contact_channels: ${channels.rows.toLocaleString('en')} rows, contact_tags: ${tagRows.rows.toLocaleString('en')} rows`,
    );
  },
};
