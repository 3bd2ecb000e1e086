import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportCounts } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

const COLORS = { created: 'teal', updated: 'blue', skipped: 'gray', failed: 'red' } as const;

/** Created, updated, skipped, failed: four figures side by side (two by two on phones). */
export function Counts({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {(Object.keys(COLORS) as (keyof ImportCounts)[]).map((k) => (
        <Paper key={k} withBorder p="sm" ta="center">
          <Text fz={28} fw={700} c={counts[k] ? COLORS[k] : 'dimmed'}>
            {fmt.number(counts[k])}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`imports.counts.${k}`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
