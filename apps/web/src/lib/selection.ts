import { useCallback, useState } from 'react';

/** Rows picked one by one, or "everything matching the filter" (which the server resolves). */
export type Selection = { all: boolean; ids: ReadonlySet<string> };
const NONE: Selection = { all: false, ids: new Set() };

export function useSelection() {
  const [selection, setSelection] = useState<Selection>(NONE);
  const toggle = useCallback(
    (id: string) =>
      setSelection((s) => {
        const ids = new Set(s.ids);
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        return { all: false, ids };
      }),
    [],
  );
  return {
    selection,
    toggle,
    setPage: (ids: string[], on: boolean) => setSelection(on ? { all: false, ids: new Set(ids) } : NONE),
    selectAll: () => setSelection({ all: true, ids: new Set() }),
    clear: () => setSelection(NONE),
    isSelected: (id: string) => selection.all || selection.ids.has(id),
  };
}
