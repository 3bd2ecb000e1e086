import type { ColumnMapping, IMPORT_ENTITIES, ImportField, ImportMapping } from '@spilno/schema';

type Entity = (typeof IMPORT_ENTITIES)[number];
type Rule = [RegExp, ImportField, string?];

/**
 * Header words of the exports people bring: Google Contacts (old `Given Name`/`Phone 1 - Value`
 * and new `First Name`/`Phone 1 - Label` layouts), Outlook, HubSpot, plain spreadsheets in
 * English, Ukrainian, Russian and Italian. Headers are compared lower case with punctuation
 * turned into single spaces, so `E-mail 1 - Value` reads `e mail 1 value`.
 */
const shared: Rule[] = [
  [/^(mobile phone( number)?|mobile|cell( phone)?|мобільний( телефон)?|мобильный( телефон)?|cellulare)$/, 'phone', 'mobile'],
  [
    /^((business|work|company main) phone( \d)?|телефон робочий|робочий телефон|рабочий телефон|telefono ufficio)$/,
    'phone',
    'work',
  ],
  [/^(home phone( \d)?|домашній телефон|домашний телефон|telefono casa)$/, 'phone', 'home'],
  [
    /^(phone( number)?|telephone|tel|primary phone|other phone|телефон[иы]?|номер телефон[уа]|telefono|numero di telefono)$/,
    'phone',
  ],
  [/^(e ?mail( \d)?( address)?|пошта|електронна пошта|ел пошта|e пошта|почта|электронная почта|posta elettronica)$/, 'email'],
  [
    /^(tags?|groups?|group membership|labels|categories|lifecycle stage|теги?|мітки|групи|группы?|група|категорії|категории|etichette|grupp[oi]|categori[ae])$/,
    'tags',
  ],
  [/^((address \d |business |home |other )?street( address)?|address|адреса|вулиця|адрес|улица|indirizzo|via)$/, 'street'],
  [/^((address \d |business |home |other )?city|town|місто|город|città|comune)$/, 'city'],
  [
    /^((address \d |business |home |other )?(state|region|province)|state region|область|регіон|регион|provincia|regione)$/,
    'region',
  ],
  [
    /^((address \d |business |home |other )?(zip( code)?|postal code|postcode)|(поштовий )?індекс|(почтовый )?индекс|cap|codice postale)$/,
    'postalCode',
  ],
  [/^((address \d |business |home |other )?country( region)?|країна|страна|paese|nazione)$/, 'country'],
];

const contactRules: Rule[] = [
  [/^(given name|first name|firstname|first|ім'?я|имя|nome)$/, 'firstName'],
  [/^(family name|last name|lastname|surname|last|прізвище|фамилия|cognome)$/, 'lastName'],
  [/^(name|full name|fullname|display name|contact( name)?|піб|фио|ім'?я та прізвище|nome completo|nominativo)$/, 'fullName'],
  [
    /^(company( name)?|organi[sz]ation( \d)?( name)?|компанія|компания|організація|организация|azienda|società|ditta)$/,
    'company',
  ],
  [/^(job title|position|role|organization( \d)? title|посада|должность|ruolo|posizione|qualifica|mansione)$/, 'position'],
  [/^((lead |original )?source|джерело|источник|fonte|origine)$/, 'source'],
  [
    /^(birthday|date of birth|birth ?date|dob|день народження|дата народження|день рождения|дата рождения|compleanno|data di nascita)$/,
    'birthday',
  ],
  [/^(notes?|comments?|description|примітк[аи]|коментар|примечани[яе]|комментарий)$/, 'notes'],
  ...shared,
];

const companyRules: Rule[] = [
  [
    /^(name|company( name)?|organi[sz]ation( name)?|назва( компанії)?|компанія|название|компания|azienda|ragione sociale|denominazione)$/,
    'name',
  ],
  [/^((company )?type|тип|tipo)$/, 'type'],
  [/^(industry|галузь|отрасль|settore|industria)$/, 'industry'],
  [/^(website( url)?|web ?site|site|url|domain|сайт|sito( web)?)$/, 'website'],
  ...shared,
];

export const normalizeHeader = (h: string) =>
  h
    .toLowerCase()
    .replace(/[’`ʼ]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/** Google and vCard put a phone's or email's label in a sibling column: `Phone 1 - Type`/`- Label`. */
function labelColumnFor(normalized: string, columns: string[]): string | undefined {
  const m = /^(phone|e ?mail) (\d+)( value)?$/.exec(normalized);
  if (!m) return undefined;
  const wanted = new Set([`${m[1]} ${m[2]} type`, `${m[1]} ${m[2]} label`]);
  return columns.find((c) => wanted.has(normalizeHeader(c)));
}

function guessColumn(entity: Entity, column: string, columns: string[]): ColumnMapping {
  const h = normalizeHeader(column);
  if (/^(phone|e ?mail) \d+ (type|label)$/.test(h)) return { field: 'ignore' };
  const channel = /^(phone|e ?mail) \d+( value)?$/.exec(h);
  if (channel) {
    const labelColumn = labelColumnFor(h, columns);
    return { field: channel[1] === 'phone' ? 'phone' : 'email', ...(labelColumn ? { labelColumn } : {}) };
  }
  for (const [pattern, field, label] of entity === 'contacts' ? contactRules : companyRules) {
    if (pattern.test(h)) return { field, ...(label ? { label } : {}) };
  }
  return { field: 'ignore' };
}

/** The mapping guessed from the header row; the user corrects it before running the import. */
export function guessMapping(entity: Entity, columns: string[]): ImportMapping {
  return Object.fromEntries(columns.map((c) => [c, guessColumn(entity, c, columns)]));
}
