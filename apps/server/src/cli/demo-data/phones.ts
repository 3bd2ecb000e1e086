import { normalizePhone } from '../../lib/phones.ts';
import type { Lang } from './names.ts';
import type { Rng } from './random.ts';

/**
 * E.164 numbers that libphonenumber accepts as valid, from the ranges real customers have:
 * Ukrainian mobile operators (Kyivstar, Vodafone, lifecell), Italian mobiles and the Rome/Milan
 * landlines, UK mobiles.
 */
const UA_MOBILE = ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'];
const IT_MOBILE = [
  '320',
  '324',
  '328',
  '329',
  '333',
  '334',
  '335',
  '338',
  '339',
  '340',
  '347',
  '348',
  '349',
  '351',
  '366',
  '380',
  '388',
  '392',
  '393',
];
const UK_MOBILE = ['74', '75', '77', '78', '79'];

/** Some sub-ranges of an operator's prefix are unallocated; draw again until the number is one the server accepts. */
function valid(draw: () => string): string {
  for (;;) {
    const phone = draw();
    if (normalizePhone(phone, 'UA')) return phone;
  }
}

export function mobile(lang: Lang, rnd: Rng): string {
  if (lang === 'it') return valid(() => `+39${rnd.pick(IT_MOBILE)}${rnd.digits(7)}`);
  if (lang === 'en' && rnd.chance(0.7)) return valid(() => `+44${rnd.pick(UK_MOBILE)}${rnd.digits(8)}`);
  return valid(() => `+380${rnd.pick(UA_MOBILE)}${rnd.digits(7)}`);
}

/** An office line: Kyiv (044), Rome (06), Milan (02), London (020). */
export function landline(lang: Lang, rnd: Rng): string {
  if (lang === 'it') return valid(() => (rnd.chance(0.5) ? `+3906${rnd.digits(8)}` : `+3902${rnd.digits(8)}`));
  if (lang === 'en') return valid(() => `+4420${rnd.pick(['3', '7', '8'])}${rnd.digits(7)}`);
  return valid(() => `+38044${rnd.between(2, 5)}${rnd.digits(6)}`);
}
