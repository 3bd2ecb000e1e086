import {
  COMPANY_TYPES,
  CONTACT_SOURCES,
  type ContactInput,
  type companyCreate,
  type INDUSTRIES,
  PREFERRED_CHANNELS,
} from '@spilno/schema';
import type { z } from 'zod';
import { EMAIL_DOMAINS, type Lang, POOLS, POSITIONS } from './names.ts';
import { landline, mobile } from './phones.ts';
import { address, companyName, latin } from './places.ts';
import type { Rng } from './random.ts';
import { TEXTS } from './texts.ts';

export type DemoCompany = { input: z.output<typeof companyCreate>; domain: string };

/** Industries a bakery-and-catering business actually sells to, rather than the whole list. */
const INDUSTRY: (typeof INDUSTRIES)[number][] = [
  'food_and_beverage',
  'retail',
  'hospitality',
  'hospitality',
  'retail',
  'education',
  'healthcare',
  'technology',
  'advertising',
  'transportation',
  'construction',
  'venture_capital',
];
/** Independent chances per tag: many customers are retail or new, few are vip. */
const TAG_CHANCES: [string, number][] = [
  ['wholesale', 0.2],
  ['retail', 0.45],
  ['vip', 0.08],
];
const SOURCES = CONTACT_SOURCES.filter((s) => s !== 'import');

export function demoCompanies(lang: Lang, rnd: Rng, n: number): DemoCompany[] {
  const seen = new Set<string>();
  const out: DemoCompany[] = [];
  while (out.length < n) {
    const { name, domain } = companyName(lang, rnd);
    if (seen.has(domain)) continue;
    seen.add(domain);
    // Mostly customers, a few partners and resellers, the odd investor.
    const type = rnd.chance(0.75) ? 'customer' : rnd.pick(COMPANY_TYPES);
    const input: DemoCompany['input'] = {
      name,
      type,
      industry: type === 'investor' ? 'venture_capital' : rnd.pick(INDUSTRY),
      website: rnd.chance(0.6) ? `https://${domain}` : null,
      phones: [{ value: landline(lang, rnd), label: 'work' }],
      emails: rnd.chance(0.7) ? [{ value: `info@${domain}`, label: 'work' }] : [],
      address: address(lang, rnd),
      tags: rnd.chance(0.3) ? [rnd.pick(['wholesale', 'retail', 'vip'])] : [],
      customFields: {},
    };
    out.push({ input, domain });
  }
  return out;
}

function email(first: string, last: string, domain: string, rnd: Rng, taken: Set<string>): string {
  const f = latin(first).replace(/[^a-z]/g, '');
  const l = latin(last).replace(/[^a-z]/g, '');
  const local = rnd.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${l}${rnd.between(1, 99)}`]);
  let value = `${local}@${domain}`;
  for (let i = 2; taken.has(value); i++) value = `${local}${i}@${domain}`;
  taken.add(value);
  return value;
}

function birthday(rnd: Rng): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${rnd.between(1958, 2003)}-${pad(rnd.between(1, 12))}-${pad(rnd.between(1, 28))}`;
}

/** One person of the market: gendered name, local mobile, maybe a company mailbox, tags and consents. */
export function demoContact(
  lang: Lang,
  rnd: Rng,
  company: { id: string; domain: string } | null,
  taken: Set<string>,
): ContactInput {
  const pool = POOLS[lang];
  const female = rnd.chance(0.5);
  const firstName = rnd.pick(female ? pool.female : pool.male);
  const lastName = rnd.pick(pool.surnames)[female ? 1 : 0];
  const domain = company && rnd.chance(0.6) ? company.domain : rnd.pick(EMAIL_DOMAINS[lang]);
  const emails = rnd.chance(0.85)
    ? [{ value: email(firstName, lastName, domain, rnd, taken), label: company ? 'work' : 'home' }]
    : [];
  const phones = [{ value: mobile(lang, rnd), label: 'mobile' }];
  if (rnd.chance(0.2)) phones.push({ value: landline(lang, rnd), label: 'work' });
  const tags = TAG_CHANCES.filter(([, p]) => rnd.chance(p)).map(([t]) => t);
  tags.unshift(rnd.chance(0.35) ? 'new' : 'returning');
  const preferences: ContactInput['preferences'] = { language: lang };
  if (rnd.chance(0.6)) preferences.channel = rnd.pick(PREFERRED_CHANNELS);
  if (rnd.chance(0.25)) preferences.notes = rnd.pick(TEXTS[lang].preferences);
  return {
    firstName,
    lastName,
    phones,
    emails,
    companyId: company?.id ?? null,
    position: company || rnd.chance(0.2) ? rnd.pick(POSITIONS[lang]) : null,
    address: rnd.chance(0.6) ? address(lang, rnd) : null,
    birthday: rnd.chance(0.7) ? birthday(rnd) : null,
    source: rnd.pick(SOURCES),
    preferences,
    tags,
    emailConsent: emails.length > 0 && rnd.chance(0.6),
    smsConsent: rnd.chance(0.45),
    customFields: {},
  };
}
