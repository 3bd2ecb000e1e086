import { Box, Checkbox, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useInfiniteVirtual } from '../../lib/useInfiniteVirtual.ts';
import type { ContactListView } from './ContactList.tsx';
import { contactName } from './names.ts';

/** The phone list: one card per contact with the columns the reader chose, under their headers. */
export function ContactCards({ list, columns, selection }: ContactListView) {
  const { t } = useTranslation();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: 150 });
  const [title, ...rest] = columns;

  const card = (c: Contact) => (
    <Paper withBorder p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          aria-label={t('contacts.select', { name: contactName(c, t) })}
          checked={selection.isSelected(c.id)}
          onChange={() => selection.toggle(c.id)}
        />
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
      </Group>
    </Paper>
  );

  return (
    <Box ref={scrollRef} mah="max(420px, calc(100dvh - 250px))" style={{ overflow: 'auto' }}>
      <ul
        aria-label={t('modules.contacts')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {items.map((v) => {
          const contact = rows[v.index];
          return (
            <li
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${v.start}px)`,
                paddingBottom: 8,
              }}
            >
              {contact ? card(contact) : <Loader size="sm" mx="auto" display="block" aria-label={t('common.loading')} />}
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
