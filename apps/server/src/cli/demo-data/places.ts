import type { Address } from '@spilno/schema';
import { latinSpellings, normalizeText } from '../../lib/search-text.ts';
import { CITIES, type Lang, POOLS } from './names.ts';
import type { Rng } from './random.ts';

/**
 * Addresses and company names as each market writes them. The ru market is Russian-speaking
 * Ukraine (see names.ts), so its cities and postcodes are Ukrainian and only the words are Russian.
 */
const STREETS: Record<Lang, string[]> = {
  uk: 'вул. Шевченка|вул. Франка|вул. Грушевського|вул. Садова|вул. Соборна|просп. Перемоги|бул. Лесі Українки|вул. Городоцька|вул. Київська|вул. Незалежності'.split(
    '|',
  ),
  ru: 'ул. Шевченко|ул. Франко|ул. Грушевского|ул. Садовая|ул. Соборная|просп. Победы|бул. Леси Украинки|ул. Пушкинская|ул. Киевская|ул. Независимости'.split(
    '|',
  ),
  it: 'Via Roma|Via Garibaldi|Corso Italia|Via Mazzini|Via Dante Alighieri|Via Giuseppe Verdi|Viale Europa|Via Cavour|Piazza della Repubblica|Via Manzoni'.split(
    '|',
  ),
  en: 'High Street|Station Road|Church Lane|Victoria Road|Park Avenue|Mill Lane|King Street|Queen Street|Green Lane|London Road'.split(
    '|',
  ),
};

export const COUNTRY: Record<Lang, string> = { uk: 'UA', ru: 'UA', it: 'IT', en: 'GB' };

export function address(lang: Lang, rnd: Rng): Address {
  const city = rnd.pick(CITIES[lang]);
  const street = rnd.pick(STREETS[lang]);
  const no = rnd.between(1, 120);
  if (lang === 'en') return { street: `${no} ${street}`, city, country: city === 'Dublin' ? 'IE' : 'GB' };
  const line = lang === 'it' ? `${street} ${no}` : `${street}, ${no}`;
  return { street: line, city, postalCode: `${rnd.between(1, 9)}${rnd.digits(4)}`, country: COUNTRY[lang] };
}

/** Latin letters for emails and web addresses: "Олена Ковальська" → "olena kovalska". */
export function latin(text: string): string {
  const normalized = normalizeText(text);
  return latinSpellings(normalized)[0] ?? normalized;
}

const ROOTS: Partial<Record<Lang, [string[], string[], string[]]>> = {
  uk: [
    ['Агро', 'Буд', 'Техно', 'Еко', 'Дніпро', 'Карпати', 'Полісся', 'Світло', 'Хліб', 'Вектор', 'Лан', 'Смак'],
    ['світ', 'трейд', 'постач', 'сервіс', 'пром', 'лайн', 'експорт', 'маркет', 'груп', 'тех'],
    ['ТОВ', 'ТОВ', 'ТОВ', 'ПП', 'ФОП', 'ПрАТ'],
  ],
  ru: [
    ['Агро', 'Строй', 'Техно', 'Эко', 'Днепр', 'Карпаты', 'Полесье', 'Свет', 'Хлеб', 'Вектор', 'Нива', 'Вкус'],
    ['мир', 'трейд', 'снаб', 'сервис', 'пром', 'лайн', 'экспорт', 'маркет', 'групп', 'тех'],
    ['ООО', 'ООО', 'ООО', 'ЧП', 'ФЛП', 'ЧАО'],
  ],
};
const IT_FORMS = ['S.r.l.', 'S.r.l.', 'S.p.A.', '& Figli S.n.c.', 'S.r.l.s.'];
const IT_WORDS = ['Forniture', 'Alimentari', 'Dolciaria', 'Trasporti', 'Ristorazione', 'Caffè', 'Distribuzione', 'Servizi'];
const EN_WORDS = ['Trading', 'Logistics', 'Supplies', 'Foods', 'Catering', 'Retail', 'Partners', 'Coffee'];
const TLD: Record<Lang, string> = { uk: 'com.ua', ru: 'com.ua', it: 'it', en: 'co.uk' };

/** A company name of the market and a web domain derived from it. */
export function companyName(lang: Lang, rnd: Rng): { name: string; domain: string } {
  const surname = rnd.pick(POOLS[lang].surnames)[0];
  const roots = ROOTS[lang];
  let name: string;
  if (roots) name = `${rnd.pick(roots[2])} «${rnd.pick(roots[0])}${rnd.pick(roots[1])}»`;
  else if (lang === 'it')
    name = rnd.chance(0.5) ? `${surname} ${rnd.pick(IT_FORMS)}` : `${rnd.pick(IT_WORDS)} ${surname} ${rnd.pick(IT_FORMS)}`;
  else name = rnd.chance(0.4) ? `${surname} & ${rnd.pick(POOLS.en.surnames)[0]} Ltd` : `${surname} ${rnd.pick(EN_WORDS)} Ltd`;
  const bare = latin(name.replace(/^\S+ «|»$/g, ''))
    .replace(/\b(srl|srls|spa|snc|ltd|figli)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
  return { name, domain: `${bare}.${TLD[lang]}` };
}
