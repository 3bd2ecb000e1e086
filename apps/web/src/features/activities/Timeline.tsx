import { Divider, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../components/ListState.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { ActivityComposer } from './ActivityComposer.tsx';
import { ActivityItem } from './ActivityItem.tsx';
import { type TimelineTarget, useActivities } from './activities.api.ts';

/** What happened with this contact, company or deal: pinned notes first, then everything newest first. */
export function Timeline({ target }: { target: TimelineTarget }) {
  const { t } = useTranslation();
  const { canCreate } = useAbilities();
  const list = useActivities(target);
  const pinned = list.items.filter((a) => a.pinned);
  const rest = list.items.filter((a) => !a.pinned);

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('activities.timeline')}
        </Title>
        {canCreate('activities') && <ActivityComposer target={target} />}
        <ListState {...list} isEmpty={list.items.length === 0} empty={t('activities.empty')}>
          <Stack gap="sm" role="feed" aria-label={t('activities.timeline')}>
            {pinned.map((a) => (
              <ActivityItem key={a.id} activity={a} />
            ))}
            {pinned.length > 0 && rest.length > 0 && <Divider />}
            {rest.map((a) => (
              <ActivityItem key={a.id} activity={a} />
            ))}
          </Stack>
        </ListState>
      </Stack>
    </Paper>
  );
}
