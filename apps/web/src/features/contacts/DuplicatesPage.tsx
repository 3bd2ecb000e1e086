import { Box, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
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
      <Box mb="xs">
        <BackLink to="/contacts">{t('contacts.back')}</BackLink>
      </Box>
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
