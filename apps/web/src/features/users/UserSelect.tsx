import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useUserList } from './users.api.ts';

/** Picks one colleague by name, in filters and forms. Lists the first page of users. */
export function UserSelect({
  value,
  onChange,
  label,
  placeholder,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  /** Instead of "All", for a select that picks someone rather than filtering. */
  placeholder?: string;
  error?: string | undefined;
}) {
  const users = useUserList({});
  return (
    <FilterSelect
      label={label}
      data={users.items.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      value={value}
      onChange={onChange}
      searchable
      error={error}
      {...(placeholder ? { placeholder } : {})}
    />
  );
}
