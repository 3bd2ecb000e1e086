import { ActionIcon, Checkbox, Popover, Stack, Tooltip } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KEYS, type ColumnKey, type ContactColumn } from './columns.tsx';

type Props = { all: Record<ColumnKey, ContactColumn>; value: ColumnKey[]; onChange: (columns: ColumnKey[]) => void };

/** Which columns the list shows; the name always stays, it is the link to the contact. */
export function ColumnChooser({ all, value, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (key: ColumnKey, on: boolean) => onChange(COLUMN_KEYS.filter((k) => (k === key ? on : value.includes(k))));
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Tooltip label={t('contacts.columns')}>
          <ActionIcon variant="default" size="input-sm" aria-label={t('contacts.columns')}>
            <IconColumns size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {COLUMN_KEYS.map((key) => (
            <Checkbox
              key={key}
              label={all[key].header}
              checked={value.includes(key)}
              disabled={key === 'name'}
              onChange={(e) => toggle(key, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
