import { useTranslation } from 'react-i18next';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import type { ContactListView } from './ContactList.tsx';
import { contactName } from './names.ts';

/** The wide-screen contact list. */
export function ContactsTable({ list, columns, sort, onSort, selection }: ContactListView) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      label={t('modules.contacts')}
      list={list}
      columns={columns}
      sort={sort}
      onSort={onSort}
      selection={selection}
      selectLabel={(c) => t('contacts.select', { name: contactName(c, t) })}
      selectLoadedLabel={t('contacts.selectLoaded')}
      rowHeight={45}
      offset={290}
    />
  );
}
