import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters and view kept in the address, so Back from a record returns to the same
 * board or table and a filtered view can be shared. Empty values are left out.
 */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [search, setSearch] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, search.get(k) ?? ''])) as Record<K, string>,
    [keys, search],
  );
  const set = (patch: Partial<Record<K, string>>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch) as [K, string | undefined][]) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next, { replace: true });
  };
  return [values, set] as const;
}

/** Drops empty strings, for a query object. */
export function compact<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<T>;
}
