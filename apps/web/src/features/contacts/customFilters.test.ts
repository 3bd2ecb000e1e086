import type { CustomField } from '@spilno/schema';
import { describe, expect, it } from 'vitest';
import { draftFor, filtersOf, replaceField } from './customFilters.ts';

const field = (key: string, type: CustomField['type'], options: string[] = []): CustomField => ({
  id: '01900000-0000-7000-8000-000000000000',
  entity: 'contact',
  key,
  label: key,
  type,
  options,
  position: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('custom-field filters of the contact list', () => {
  it('turns each kind of field into the filters the API reads', () => {
    const tier = field('tier', 'select', ['gold']);
    expect(filtersOf(tier, { ...draftFor(tier), value: 'gold' })).toEqual(['tier:gold']);
    const vip = field('vip', 'checkbox');
    expect(filtersOf(vip, draftFor(vip))).toEqual(['vip:true']);
    // "No" also matches contacts on which the box was never ticked.
    expect(filtersOf(vip, { ...draftFor(vip), op: 'no' })).toEqual(['vip!:true']);
    const note = field('note', 'text');
    expect(filtersOf(note, { ...draftFor(note), value: '  late ' })).toEqual(['note~late']);
    expect(filtersOf(note, { ...draftFor(note), op: 'eq', value: 'late' })).toEqual(['note:late']);
    const shoe = field('shoe', 'number');
    expect(filtersOf(shoe, { ...draftFor(shoe), from: '39' })).toEqual(['shoe>=39']);
    expect(filtersOf(shoe, { ...draftFor(shoe), from: '39', to: '44.5' })).toEqual(['shoe>=39', 'shoe<=44.5']);
    const since = field('since', 'date');
    expect(filtersOf(since, { ...draftFor(since), to: '2024-12-31' })).toEqual(['since<=2024-12-31']);
  });

  it('adds nothing for an empty value or range', () => {
    const note = field('note', 'text');
    expect(filtersOf(note, { ...draftFor(note), value: '   ' })).toEqual([]);
    const shoe = field('shoe', 'number');
    expect(filtersOf(shoe, draftFor(shoe))).toEqual([]);
  });

  it('replaces what a field had, keeping the other fields’ filters', () => {
    expect(replaceField(['tier:gold', 'shoe>=39', 'shoe<=44'], 'shoe', ['shoe>=40'])).toEqual(['tier:gold', 'shoe>=40']);
  });
});
