import { Group, Loader, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBuildingSkyscraper, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from './search.api.ts';

type Props = { q: string; hits: SearchHit[]; active: number; loading: boolean; onPick: (hit: SearchHit) => void };

export function SearchResults({ q, hits, active, loading, onPick }: Props) {
  const { t } = useTranslation();
  if (q.length < 2)
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('search.hint')}
      </Text>
    );
  if (hits.length === 0)
    return (
      <Group p="sm" gap="xs">
        {loading ? <Loader size="xs" /> : null}
        <Text size="sm" c="dimmed">
          {loading ? t('common.loading') : t('common.nothingFound')}
        </Text>
      </Group>
    );
  return (
    <Stack gap={2} role="listbox" aria-label={t('search.results')} mt="xs">
      {hits.map((h, i) => (
        <UnstyledButton
          key={`${h.type}:${h.id}`}
          role="option"
          aria-selected={i === active}
          onClick={() => onPick(h)}
          p="xs"
          bdrs="sm"
          bg={i === active ? 'var(--mantine-primary-color-light)' : undefined}
        >
          <Group wrap="nowrap" gap="sm">
            <ThemeIcon variant="light" radius="xl" color={h.type === 'contact' ? 'indigo' : 'teal'}>
              {h.type === 'contact' ? <IconUser size={16} /> : <IconBuildingSkyscraper size={16} />}
            </ThemeIcon>
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={500} truncate>
                {h.title}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {[t(`search.types.${h.type}`), h.subtitle].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
