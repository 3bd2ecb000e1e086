import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDuplicates } from './contacts.api.ts';
import { DuplicateGroupCard } from './DuplicateGroupCard.tsx';
import { mergeSameGroups } from './duplicates.ts';

/** Likely duplicates, grouped by the phone, email or name they share; merge keeps all history. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const list = useDuplicates();
  const groups = mergeSameGroups(list.items);
  return (
    <Stack gap={0} maw={1100}>
      <Anchor component={Link} to="/contacts" size="sm" c="dimmed" mb="xs">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} />
          {t('contacts.back')}
        </Group>
      </Anchor>
      <PageHeader title={t('duplicates.title')} description={t('duplicates.description')} />
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('duplicates.empty')}>
        <Stack gap="md">
          {groups.map((g) => (
            <DuplicateGroupCard key={g.key} group={g} />
          ))}
        </Stack>
      </ListState>
    </Stack>
  );
}
