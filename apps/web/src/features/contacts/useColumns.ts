import { useLocalStorage } from '@mantine/hooks';
import { type ColumnKey, DEFAULT_COLUMNS, isColumnKey } from './columns.tsx';

/** The reader's columns, remembered on this device until a saved view says otherwise. */
export function useColumnChoice() {
  const [stored, setStored] = useLocalStorage<string[]>({ key: 'spilno.contacts.columns', defaultValue: DEFAULT_COLUMNS });
  const columns = stored.filter(isColumnKey);
  return [columns.includes('name') ? columns : (['name', ...columns] as ColumnKey[]), setStored] as const;
}
