import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconDownload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { apiUrl } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { Counts } from './Counts.tsx';
import { isBusy, useImportProgress, useUndoImport } from './imports.api.ts';

/** The running import's progress bar, then its result: error report to download, and Undo. */
export function ResultStep({ id, onAnother }: { id: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const progress = useImportProgress(id);
  const undo = useUndoImport();
  const [confirming, setConfirming] = useState(false);
  const imp = progress.data;
  // Said once the undo job has finished, not when it was asked for.
  const status = imp?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'undoing' && status === 'undone') notifySuccess(t('imports.undone'));
    previous.current = status;
  }, [status, t]);
  if (!imp) return <PageLoader />;
  const { processed, total } = imp.progress;
  const running = imp.status === 'pending' || isBusy(imp);
  const percent = total ? Math.round((processed / total) * 100) : 0;

  return (
    <Stack>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            {t(`imports.statuses.${imp.status}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {t(imp.status === 'undoing' || imp.status === 'undone' ? 'imports.undoProcessed' : 'imports.processed', {
              processed: fmt.number(processed),
              total: fmt.number(total),
            })}
          </Text>
        </Group>
        <Progress value={percent} animated={running} size="lg" aria-label={t('imports.progress')} />
      </Stack>
      <Counts counts={imp.counts} />
      {imp.error && <Alert color="red">{imp.error}</Alert>}
      {!running && (
        <Group justify="space-between">
          <Group gap="xs">
            {imp.counts.failed > 0 && (
              <Button
                component="a"
                href={apiUrl(`/imports/${id}/errors`, { format: 'csv' })}
                download
                variant="default"
                leftSection={<IconDownload size={16} />}
              >
                {t('imports.errorReport')}
              </Button>
            )}
            {imp.status === 'completed' && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setConfirming(true)}
              >
                {t('imports.undo')}
              </Button>
            )}
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={onAnother}>
              {t('imports.another')}
            </Button>
            <Button component={Link} to={imp.entity === 'contacts' ? '/contacts' : '/companies'}>
              {t('imports.open')}
            </Button>
          </Group>
        </Group>
      )}
      {/* Undo deletes what the import created: asked first, as any deletion is. */}
      <ConfirmModal
        opened={confirming}
        title={t('imports.undoTitle')}
        message={t('imports.undoText')}
        confirmLabel={t('imports.undo')}
        loading={undo.isPending}
        onConfirm={() =>
          undo.mutate(id, {
            onSuccess: () => setConfirming(false),
            onError: (e) => notifyError(e, t),
          })
        }
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
