import type { OrderStatus, StatusDraft } from './orders.api.ts';

/** A status being edited; `isNew` ones still get to choose their key, saved ones keep it. */
export type StatusRowDraft = StatusDraft & { id: string; isNew: boolean };

let next = 0;
export const draftsOf = (statuses: OrderStatus[]): StatusRowDraft[] =>
  statuses.map((s) => ({ id: `status-${++next}`, key: s.key, label: s.label, closed: s.closed, isNew: false }));

export const newDraft = (): StatusRowDraft => ({ id: `status-${++next}`, key: '', label: '', closed: false, isNew: true });

/** A key the server accepts (a-z, digits, underscores, from a letter), from a Latin label. */
export const keyFrom = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);

export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export const move = <T>(list: T[], from: number, to: number): T[] => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
};
