import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ImportResource } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { Counts } from './Counts.tsx';
import { type DryRun, useRunImport } from './imports.api.ts';

type Props = { imp: ImportResource; dryRun: DryRun; onBack: () => void; onStarted: (imp: ImportResource) => void };

/** What a run would do, with the first problems by row, before anything is written. */
export function DryRunStep({ imp, dryRun, onBack, onStarted }: Props) {
  const { t } = useTranslation();
  const run = useRunImport();
  const { counts, errors } = dryRun;
  const nothing = counts.created + counts.updated === 0;
  return (
    <Stack>
      <Text size="sm">{t('imports.dryRunIntro')}</Text>
      <Counts counts={counts} />
      {counts.failed > 0 && <Alert color="orange">{t('imports.failedRowsNote', { count: counts.failed })}</Alert>}
      {errors.length > 0 && (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped verticalSpacing="xs" aria-label={t('imports.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('imports.row')}</Table.Th>
                <Table.Th w={140}>{t('imports.field')}</Table.Th>
                <Table.Th>{t('imports.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several errors on one field
                <Table.Tr key={i}>
                  <Table.Td>{e.rowNumber}</Table.Td>
                  <Table.Td>{e.field ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.back')}
        </Button>
        <Button
          onClick={() => run.mutate(imp.id, { onSuccess: onStarted, onError: (e) => notifyError(e, t) })}
          loading={run.isPending}
          disabled={nothing}
        >
          {t('imports.run')}
        </Button>
      </Group>
    </Stack>
  );
}
