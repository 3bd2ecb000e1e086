import { readdirSync, readFileSync } from 'node:fs';
import { LOCALES } from '@spilno/schema/values';
import { describe, expect, it } from 'vitest';

/** The English file is the reference: every other language has exactly its keys. */
const REFERENCE = 'en';
const dir = new URL('./', import.meta.url);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(lng: string): Flat {
  return flatten(JSON.parse(readFileSync(new URL(`${lng}/translation.json`, dir), 'utf8')));
}

/** Keys with plural suffixes folded into their base: `count_one`, `count_few` -> `count`. */
function baseKeys(flat: Flat): Set<string> {
  return new Set([...flat.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function pluralForms(flat: Flat, base: string): string[] {
  return [...flat.keys()].filter((k) => k.replace(PLURAL_SUFFIX, '') === base && k !== base).map((k) => k.slice(base.length + 1));
}

function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const reference = load(REFERENCE);
const referenceKeys = baseKeys(reference);

describe('translations', () => {
  it('has a folder for every supported language and no other', () => {
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...LOCALES].sort());
  });

  for (const lng of LOCALES) {
    describe(lng, () => {
      const flat = load(lng);
      const keys = baseKeys(flat);

      it(`has every key of ${REFERENCE} and no extra one`, () => {
        expect({
          missing: [...referenceKeys].filter((k) => !keys.has(k)),
          extra: [...keys].filter((k) => !referenceKeys.has(k)),
        }).toEqual({
          missing: [],
          extra: [],
        });
      });

      it('translates every key to a non-empty string', () => {
        const empty = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
        expect(empty).toEqual([]);
      });

      it("has exactly the plural forms the language's rules need", () => {
        const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.slice().sort();
        const wrong: string[] = [];
        for (const base of referenceKeys) {
          if (pluralForms(reference, base).length === 0) continue;
          const forms = pluralForms(flat, base).sort();
          if (JSON.stringify(forms) !== JSON.stringify(needed)) wrong.push(`${base}: has [${forms}] needs [${needed}]`);
        }
        expect(wrong).toEqual([]);
      });

      it(`uses the same {{placeholders}} as ${REFERENCE}`, () => {
        const mismatched: string[] = [];
        for (const [key, value] of flat) {
          const base = key.replace(PLURAL_SUFFIX, '');
          const english = reference.get(key) ?? reference.get(`${base}_other`) ?? reference.get(base);
          if (english === undefined) continue;
          if (placeholders(value).join() !== placeholders(english).join()) mismatched.push(key);
        }
        expect(mismatched).toEqual([]);
      });
    });
  }
});
