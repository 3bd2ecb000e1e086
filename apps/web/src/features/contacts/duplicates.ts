import type { Contact, DuplicateGroup } from '@spilno/schema';

export type Candidates = { key: string; reasons: Pick<DuplicateGroup, 'reason' | 'value'>[]; contacts: Contact[] };

/** The same people found by phone and again by name make one card with both reasons. */
export function mergeSameGroups(groups: DuplicateGroup[]): Candidates[] {
  const byKey = new Map<string, Candidates>();
  for (const g of groups) {
    const key = g.contacts
      .map((c) => c.id)
      .sort()
      .join();
    const found = byKey.get(key);
    if (found) found.reasons.push({ reason: g.reason, value: g.value });
    else byKey.set(key, { key, reasons: [{ reason: g.reason, value: g.value }], contacts: g.contacts });
  }
  return [...byKey.values()];
}
