/**
 * Every table that points at a contact. A merge moves these rows to the kept contact, so each
 * module that links records to contacts (deals, orders, tickets, tasks…) adds its table here.
 */
export const CONTACT_REFERENCES = [
  { table: 'activities', column: 'contact_id' },
  { table: 'deals', column: 'contact_id' },
  { table: 'leads', column: 'contact_id' },
  { table: 'orders', column: 'contact_id' },
] as const;
