import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useUserList } from './users.api.ts';

/** Picks one colleague by name; used by filters. Lists the first page of users. */
export function UserSelect({
  value,
  onChange,
  label,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
}) {
  const users = useUserList({});
  return (
    <FilterSelect
      label={label}
      data={users.items.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      value={value}
      onChange={onChange}
      searchable
    />
  );
}
