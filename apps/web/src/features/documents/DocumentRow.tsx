import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import type { Document } from '@spilno/schema';
import { IconDots, IconDownload, IconEye, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';
import { fileUrl } from './documents.api.ts';

type Props = { doc: Document; canSend: boolean; onPreview: () => void; onSend: () => void };

/** One issued document: what and when, its total, and what can be done with it. */
export function DocumentRow({ doc, canSend, onPreview, onSend }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  return (
    <Group component="li" justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Stack gap={2} miw={0}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {t(`documents.kinds.${doc.kind}`)} {doc.number}
          </Text>
          {doc.sentAt && (
            <Badge size="xs" variant="light" color="teal" title={doc.sentTo ?? undefined}>
              {t('documents.sentBadge')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {fmt.date(doc.issuedAt)} · {money(doc.total, doc.currency)}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} />} onClick={onPreview}>
          {t('documents.preview')}
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={t('documents.more', { number: doc.number })}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={fileUrl(doc.id, 'pdf')} leftSection={<IconDownload size={14} />}>
              {t('documents.downloadPdf')}
            </Menu.Item>
            <Menu.Item component="a" href={fileUrl(doc.id, 'xlsx')} leftSection={<IconDownload size={14} />}>
              {t('documents.downloadXlsx')}
            </Menu.Item>
            {canSend && (
              <Menu.Item leftSection={<IconMail size={14} />} onClick={onSend}>
                {t('documents.send')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
