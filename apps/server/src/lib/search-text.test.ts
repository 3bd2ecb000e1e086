import { describe, expect, it } from 'vitest';
import { withDigitEndings } from '../db/migrations/2026-11-24-0019-search-words.ts';
import { buildSearchText, digitEndings, searchTerms } from './search-text.ts';

describe('search text', () => {
  it('indexes every ending of a number, so a word-prefix search finds any fragment of it', () => {
    expect(digitEndings(['380991524482', '0991524482'])).toEqual([
      '380991524482',
      '80991524482',
      '0991524482',
      '991524482',
      '91524482',
      '1524482',
      '524482',
      '24482',
      '4482',
      '482',
    ]);
    const text = buildSearchText(['Іван', 'Петренко'], ['380991524482']);
    expect(text).toBe(
      'іван | петренко | ivan | petrenko | 380991524482 80991524482 0991524482 991524482 91524482 1524482 524482 24482 4482 482',
    );
  });

  it('turns a typed phone into digits and leaves out terms that cannot start a word', () => {
    expect(searchTerms('+380 (99) 152-44')).toEqual(['3809915244']);
    expect(searchTerms('  Олена  koval@GM - "x" ')).toEqual(['олена', 'koval@gm', 'x']);
    expect(searchTerms('@ -- |')).toEqual([]);
  });
});

describe('migration 0019', () => {
  it('gives the phone forms of an old search text their endings, once', () => {
    const old = 'іван | петренко | ivan | petrenko | 380991524482 | 0991524482';
    const migrated = withDigitEndings(old);
    expect(migrated).toBe(buildSearchText(['Іван', 'Петренко'], ['380991524482', '0991524482']));
    expect(withDigitEndings(migrated)).toBe(migrated);
    expect(withDigitEndings('rossi | giulia')).toBe('rossi | giulia');
  });
});
