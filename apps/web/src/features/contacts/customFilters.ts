import type { CustomField, CustomFilter } from '@spilno/schema';
import { formatCustomFilter, parseCustomFilter } from '@spilno/schema/values';
import type { TFunction } from 'i18next';
import type { useFormat } from '../../lib/format.ts';

type Format = ReturnType<typeof useFormat>;

/** What the reader sets for one field in the "add filter" form; empty parts are left out. */
export type FilterDraft = { op: 'eq' | 'contains' | 'yes' | 'no' | 'range'; value: string; from: string; to: string };
export const EMPTY_DRAFT: FilterDraft = { op: 'eq', value: '', from: '', to: '' };

/** The default way to filter each type: a choice for selects, "contains" for text, a range for numbers and dates. */
export function draftFor(field: CustomField): FilterDraft {
  if (field.type === 'checkbox') return { ...EMPTY_DRAFT, op: 'yes' };
  if (field.type === 'text') return { ...EMPTY_DRAFT, op: 'contains' };
  if (field.type === 'number' || field.type === 'date') return { ...EMPTY_DRAFT, op: 'range' };
  return EMPTY_DRAFT;
}

/** The draft as API filters (`tier:gold`, `vip!:true`, `shoe>=39`…); none when nothing was set. */
export function filtersOf(field: CustomField, d: FilterDraft): string[] {
  const key = field.key;
  const made: CustomFilter[] = [];
  if (d.op === 'yes') made.push({ key, op: ':', value: 'true' });
  // Not ticked also covers contacts on which nobody ever ticked it.
  else if (d.op === 'no') made.push({ key, op: '!:', value: 'true' });
  else if (d.op === 'range') {
    if (d.from.trim()) made.push({ key, op: '>=', value: d.from.trim() });
    if (d.to.trim()) made.push({ key, op: '<=', value: d.to.trim() });
  } else if (d.value.trim()) made.push({ key, op: d.op === 'contains' ? '~' : ':', value: d.value.trim() });
  return made.map(formatCustomFilter);
}

/** Adds a field's filters in place of the ones it had, so a field is filtered one way at a time. */
export function replaceField(current: string[], key: string, added: string[]): string[] {
  return [...current.filter((c) => parseCustomFilter(c)?.key !== key), ...added];
}

/** A chip's words: "Tier: gold", "VIP: no", "Shoe size ≥ 39", "Note contains “late”". */
export function chipLabel(text: string, fields: CustomField[], t: TFunction, fmt: Format): string {
  const f = parseCustomFilter(text);
  if (!f) return text;
  const field = fields.find((x) => x.key === f.key);
  const name = field?.label ?? f.key;
  const value =
    field?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)
      ? fmt.date(`${f.value}T00:00:00`)
      : field?.type === 'number' && Number.isFinite(Number(f.value))
        ? fmt.number(Number(f.value))
        : f.value;
  if (field?.type === 'checkbox' && f.value === 'true' && (f.op === ':' || f.op === '!:'))
    return t('contactFilters.chip.eq', { field: name, value: f.op === ':' ? t('common.yes') : t('common.no') });
  const kind = ({ ':': 'eq', '!:': 'ne', '~': 'contains', '>=': 'gte', '<=': 'lte' } as const)[f.op];
  return t(`contactFilters.chip.${kind}`, { field: name, value });
}
