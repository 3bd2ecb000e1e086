import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Page, Session } from '@spilno/schema';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../components/ListState.tsx';
import { api } from '../../lib/api.ts';
import { describeDevice } from '../../lib/device.ts';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';

export const sessionsKey = ['sessions'] as const;

/** Where this account is signed in; any other session can be ended from here. */
export function SessionsList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: () => api<Page<Session>>('/auth/sessions') });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/auth/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      notifySuccess(t('profile.sessionRevoked'));
      return client.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => notifyError(error, t),
  });
  // The current session first, then the most recently used.
  const items = [...(sessions.data?.items ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={3} mb={4}>
        {t('profile.sessionsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('profile.sessionsIntro')}
      </Text>
      <ListState
        isPending={sessions.isPending}
        error={sessions.error}
        isEmpty={items.length === 0}
        empty={t('profile.noSessions')}
        hasNextPage={false}
        isFetchingNextPage={false}
        fetchNextPage={() => undefined}
      >
        <Stack gap="xs" role="list" aria-label={t('profile.sessionsTitle')}>
          {items.map((s) => (
            <Paper key={s.id} withBorder p="sm" role="listitem">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <IconDeviceDesktop size={28} stroke={1.4} />
                  <Stack gap={2} miw={0}>
                    <Group gap={6}>
                      <Text fw={600} size="sm">
                        {describeDevice(s.userAgent) ?? t('profile.unknownDevice')}
                      </Text>
                      {s.current && (
                        <Badge size="sm" color="teal" variant="light">
                          {t('profile.thisDevice')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t('profile.sessionDetails', {
                        ip: s.ip ?? '—',
                        lastSeen: fmt.ago(s.lastSeenAt),
                        since: fmt.dateTime(s.createdAt),
                      })}
                    </Text>
                  </Stack>
                </Group>
                {!s.current && (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    loading={revoke.isPending && revoke.variables === s.id}
                    onClick={() => revoke.mutate(s.id)}
                  >
                    {t('profile.revoke')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      </ListState>
    </Paper>
  );
}
