import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VirtualCards } from '../../components/VirtualCards.tsx';
import type { ContactListView } from './ContactList.tsx';
import { contactName } from './names.ts';

/** The phone list: one card per contact with the columns the reader chose, under their headers. */
export function ContactCards({ list, columns, selection }: ContactListView) {
  const { t } = useTranslation();
  const [title, ...rest] = columns;
  return (
    <VirtualCards
      label={t('modules.contacts')}
      list={list}
      selection={selection}
      selectLabel={(c) => t('contacts.select', { name: contactName(c, t) })}
      offset={250}
      render={(c) => (
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          {title && (
            <Text fw={600} component="div" truncate>
              {title.render(c)}
            </Text>
          )}
          {rest.map((col) => (
            <Group key={col.key} gap="xs" wrap="nowrap" justify="space-between">
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {col.header}
              </Text>
              <Text size="sm" component="div" truncate>
                {col.render(c)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    />
  );
}
