import { useMediaQuery } from '@mantine/hooks';
import type { Contact } from '@spilno/schema';
import type { useSelection } from '../../lib/selection.ts';
import { ContactCards } from './ContactCards.tsx';
import { ContactsTable } from './ContactsTable.tsx';
import type { ContactColumn } from './columns.tsx';
import type { ContactSort } from './contacts.api.ts';

export type ContactListView = {
  list: {
    items: Contact[];
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
  };
  columns: ContactColumn[];
  sort: ContactSort;
  /** Sort by this column; the same column again reverses. */
  onSort: (column: ContactSort) => void;
  selection: ReturnType<typeof useSelection>;
};

/** A table on wide screens, a list of cards on phones; both render only what is in view. */
export function ContactList(props: ContactListView) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return phone ? <ContactCards {...props} /> : <ContactsTable {...props} />;
}
