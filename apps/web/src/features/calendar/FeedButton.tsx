import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { useCreateFeed } from './calendar.api.ts';

/** The secret iCalendar address for phones and other calendars; a new one revokes the old. */
export function FeedButton() {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const feed = useCreateFeed();
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarShare size={16} />} onClick={open}>
        {t('calendar.feed')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('calendar.feedTitle')}>
        <Stack>
          <Text size="sm">{t('calendar.feedHint')}</Text>
          {feed.data && <TextInput readOnly value={feed.data.url} aria-label={t('calendar.feedTitle')} />}
          <Group justify="flex-end">
            {feed.data && (
              <CopyButton value={feed.data.url}>
                {({ copied, copy }) => <Button onClick={copy}>{copied ? t('calendar.copied') : t('calendar.copy')}</Button>}
              </CopyButton>
            )}
            <Button
              variant="light"
              loading={feed.isPending}
              onClick={() => feed.mutate(undefined, { onError: (e) => notifyError(e, common) })}
            >
              {t('calendar.feedCreate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
