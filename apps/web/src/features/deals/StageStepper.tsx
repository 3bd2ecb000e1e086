import { Box, Text, UnstyledButton } from '@mantine/core';
import type { Deal, Pipeline, Stage } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useSalesAccess } from '../sales/access.ts';
import { timeByStage, useDuration } from './duration.ts';
import { useStageChange } from './useStageChange.tsx';

const KIND_COLOR = { open: 'blue', won: 'teal', lost: 'red' } as const;

/** The pipeline's stages in a row with the time spent in each; choosing one moves the deal there. */
export function StageStepper({ deal, pipeline }: { deal: Deal; pipeline: Pipeline }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const duration = useDuration();
  const { moveTo, pending, modal } = useStageChange(deal);
  const spent = timeByStage(deal.stageHistory ?? []);
  const current = pipeline.stages.findIndex((s) => s.id === deal.stageId);
  const writable = canWrite('deals', deal.ownerId);

  const look = (s: Stage, i: number) => {
    const color = KIND_COLOR[s.kind];
    if (i === current) return { bg: `var(--mantine-color-${color}-filled)`, c: 'var(--mantine-color-white)' };
    if (i < current && s.kind === 'open' && deal.status === 'open')
      return { bg: `var(--mantine-color-${color}-light)`, c: undefined };
    return { bg: 'var(--mantine-color-default-hover)', c: undefined };
  };

  return (
    <section aria-label={t('deals.stages')}>
      <Box component="ol" m={0} p={0} style={{ display: 'flex', gap: 4, overflowX: 'auto', listStyle: 'none', paddingBottom: 4 }}>
        {pipeline.stages.map((s, i) => {
          const { bg, c } = look(s, i);
          const time = spent.get(s.id);
          return (
            <li key={s.id} style={{ flex: '1 0 120px' }}>
              <UnstyledButton
                onClick={() => moveTo(s)}
                disabled={!writable || pending || i === current}
                aria-current={i === current ? 'step' : undefined}
                title={t('deals.moveTo', { stage: s.name })}
                w="100%"
                h="100%"
                p="xs"
                style={{ background: bg, color: c, borderRadius: 6, cursor: writable && i !== current ? 'pointer' : 'default' }}
              >
                <Text size="xs" fw={600} lineClamp={2}>
                  {s.name}
                </Text>
                <Text size="xs" opacity={0.8}>
                  {s.probability}%{time !== undefined && ` · ${duration(time)}`}
                </Text>
              </UnstyledButton>
            </li>
          );
        })}
      </Box>
      {modal}
    </section>
  );
}
