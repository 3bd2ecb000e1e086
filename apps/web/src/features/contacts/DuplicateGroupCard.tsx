import { Anchor, Badge, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useMergeContacts } from './contacts.api.ts';
import type { Candidates } from './duplicates.ts';
import { contactName } from './names.ts';

function Summary({ contact: c }: { contact: Contact }) {
  const fmt = useFormat();
  const { t } = useTranslation();
  const facts = [c.companyName, c.phones.map((p) => p.value).join(', '), c.emails.map((e) => e.value).join(', ')].filter(Boolean);
  return (
    <Stack gap={0} miw={0}>
      <Anchor component={Link} to={`/contacts/${c.id}`} fw={500} size="sm">
        {contactName(c, t)}
      </Anchor>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {facts.join(' · ')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('duplicates.createdOn', { date: fmt.date(c.createdAt) })}
      </Text>
    </Stack>
  );
}

/** One group: pick the record to keep; the others are merged into it after a confirmation. */
export function DuplicateGroupCard({ group }: { group: Candidates }) {
  const { t } = useTranslation();
  const { canCreate } = useAbilities();
  const merge = useMergeContacts();
  const [primaryId, setPrimaryId] = useState(group.contacts[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const primary = group.contacts.find((c) => c.id === primaryId);
  const others = group.contacts.filter((c) => c.id !== primaryId);
  const name = primary ? contactName(primary, t) : '';
  const reasons = group.reasons.map((r) => t(`duplicates.reasons.${r.reason}`, { value: r.value }));

  const run = () =>
    merge.mutate(
      { primaryId, duplicateIds: others.map((c) => c.id) },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t('duplicates.merged', { name }));
        },
        onError: (e) => notifyError(e, t),
      },
    );

  return (
    <Paper withBorder p="md" role="group" aria-label={reasons.join(', ')}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap={6}>
          {reasons.map((r) => (
            <Badge key={r} variant="light" color="orange" style={{ maxWidth: '100%' }}>
              {r}
            </Badge>
          ))}
        </Group>
        {canCreate('contacts') && (
          <Button size="xs" leftSection={<IconArrowMerge size={14} />} onClick={() => setConfirming(true)}>
            {t('duplicates.merge')}
          </Button>
        )}
      </Group>
      <Radio.Group value={primaryId} onChange={setPrimaryId} label={t('duplicates.keep')} size="sm">
        <Stack gap="xs" mt="xs">
          {group.contacts.map((c) => (
            <Group key={c.id} wrap="nowrap" align="flex-start" gap="sm">
              <Radio value={c.id} aria-label={t('duplicates.keepThis', { name: contactName(c, t) })} mt={2} />
              <Summary contact={c} />
            </Group>
          ))}
        </Stack>
      </Radio.Group>
      <ConfirmModal
        opened={confirming}
        title={t('duplicates.confirmTitle')}
        message={t('duplicates.confirmText', { count: others.length, name })}
        confirmLabel={t('duplicates.merge')}
        loading={merge.isPending}
        onConfirm={run}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
