import { Checkbox, Paper, Table, Title } from '@mantine/core';
import { NOTIFICATION_KINDS } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { usePreferences, useUpdatePreferences } from './notifications.api.ts';

/** Per kind, in the app and/or by email; for the profile page. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const prefs = usePreferences();
  const update = useUpdatePreferences();
  if (!prefs.data) return null;
  const data = prefs.data;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('notifications.preferences')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('notifications.inApp')}</Table.Th>
            <Table.Th>{t('notifications.email')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {NOTIFICATION_KINDS.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td>{t(`notifications.kinds.${kind}`)}</Table.Td>
              {(['inApp', 'email'] as const).map((channel) => (
                <Table.Td key={channel}>
                  <Checkbox
                    aria-label={`${t(`notifications.kinds.${kind}`)}: ${t(`notifications.${channel}`)}`}
                    checked={data[kind][channel]}
                    onChange={(e) =>
                      update.mutate(
                        { [kind]: { [channel]: e.currentTarget.checked } },
                        { onError: (err) => notifyError(err, common) },
                      )
                    }
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
