import type { ContactFilter } from '@spilno/schema';
import { CONTACT_SORTS, parseCustomFilter } from '@spilno/schema/values';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { dayStart } from '../../lib/dates.ts';
import type { ContactSort } from './contacts.api.ts';

/** The list's filters as the reader sets them; dates are yyyy-mm-dd in the reader's time zone. */
export type ContactListParams = {
  q: string;
  ownerId: string;
  tag: string;
  companyId: string;
  createdFrom: string;
  createdTo: string;
  lastContactedFrom: string;
  lastContactedTo: string;
  /** Custom-field filters as the API takes them: `tier:gold`, `vip!:true`, `shoe>=39`. */
  custom: string[];
};
export const FILTER_KEYS = [
  'q',
  'ownerId',
  'tag',
  'companyId',
  'createdFrom',
  'createdTo',
  'lastContactedFrom',
  'lastContactedTo',
] as const satisfies readonly Exclude<keyof ContactListParams, 'custom'>[];

/** The custom-field filters of an address or a saved view, leaving out any the API would refuse. */
export function customOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list.filter((v): v is string => typeof v === 'string' && parseCustomFilter(v) !== null);
}

const isSort = (s: string | null): s is ContactSort => (CONTACT_SORTS as readonly (string | null)[]).includes(s);

/** What the API expects: trimmed search, whole days turned into instants ("to" includes its day). */
export function toFilter(p: ContactListParams): ContactFilter {
  const out: ContactFilter = {
    q: p.q.trim() || undefined,
    ownerId: p.ownerId || undefined,
    tag: p.tag || undefined,
    companyId: p.companyId || undefined,
    createdFrom: dayStart(p.createdFrom),
    createdTo: dayStart(p.createdTo, 1),
    lastContactedFrom: dayStart(p.lastContactedFrom),
    lastContactedTo: dayStart(p.lastContactedTo, 1),
    custom: p.custom.length ? p.custom : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as ContactFilter;
}

/**
 * Filters and sort live in the address, so Back from a contact returns to the same list and a
 * link to a filtered list can be shared.
 */
export function useContactListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(
    () =>
      ({
        ...Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? ''])),
        custom: customOf(search.getAll('custom')),
      }) as ContactListParams,
    [search],
  );
  const rawSort = search.get('sort');
  const sort: ContactSort = isSort(rawSort) ? rawSort : 'name';
  const view = search.get('view') ?? '';

  // The router applies a change in a transition, so two quick changes (a click while the search
  // box's debounce is pending) could each start from the same old address and the later one
  // would undo the earlier. Changes therefore build on the last one written, not the last render.
  const latest = useRef({ params, sort, view });
  const address = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the address (Back, links), not every render
  useEffect(() => {
    latest.current = { params, sort, view };
  }, [address]);

  const write = (next: ContactListParams, nextSort: ContactSort, nextView = '') => {
    latest.current = { params: next, sort: nextSort, view: nextView };
    const out = new URLSearchParams();
    for (const k of FILTER_KEYS) if (next[k]) out.set(k, next[k]);
    for (const c of next.custom) out.append('custom', c);
    if (nextSort !== 'name') out.set('sort', nextSort);
    if (nextView) out.set('view', nextView);
    setSearch(out, { replace: true });
  };
  return {
    params,
    sort,
    view,
    setParams: (patch: Partial<ContactListParams>) => write({ ...latest.current.params, ...patch }, latest.current.sort),
    /** Sorts by a column, ascending first; the same column again reverses the order. */
    toggleSort: (column: ContactSort) => {
      const { params: p, sort: current, view: v } = latest.current;
      write(p, current === column ? (`-${column}` as ContactSort) : column, v);
    },
    apply: write,
  };
}
