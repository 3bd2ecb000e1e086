import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Notification } from '@spilno/schema';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { useMarkRead, useNotifications, useUnreadCount } from './notifications.api.ts';

/** Where a notification about each kind of record leads. */
const PAGES: Record<string, (id: string) => string> = {
  task: (id) => `/tasks?view=all&task=${id}`,
  contact: (id) => `/contacts/${id}`,
  company: (id) => `/companies/${id}`,
  lead: (id) => `/leads/${id}`,
  deal: (id) => `/deals/${id}`,
  order: (id) => `/orders/${id}`,
};

const linkOf = (n: Notification): string | null =>
  n.entityId && n.entityType ? (PAGES[n.entityType]?.(n.entityId) ?? null) : null;

/** The bell in the header: live unread count, the latest notifications, "mark all as read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { count } = useUnreadCount();
  const list = useNotifications(opened);
  const markRead = useMarkRead();
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    const to = linkOf(n);
    setOpened(false);
    if (to) navigate(to);
  };
  return (
    <Popover opened={opened} onChange={setOpened} width={340} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={count} size={16} disabled={count === 0} offset={4} data-testid="bell-count">
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('notifications.bell', { count })}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" maw="calc(100vw - 16px)">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          <Button size="compact-xs" variant="subtle" disabled={count === 0} onClick={() => markRead.mutate({ all: true })}>
            {t('notifications.markAll')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={400}>
          <Stack gap={4}>
            {list.data?.items.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="md">
                {t('notifications.empty')}
              </Text>
            )}
            {list.data?.items.map((n) => (
              <UnstyledButton key={n.id} onClick={() => open(n)} p={6} data-testid="notification" style={{ borderRadius: 4 }}>
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.ago(n.createdAt)}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
