import { Alert, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ApiError } from '../../lib/api.ts';
import { problemMessage } from '../../lib/problems.ts';
import { useImportProgress } from './imports.api.ts';
import { ResultStep } from './ResultStep.tsx';

/** One past import, opened from the history: the same progress, error report and undo as at the end of the wizard. */
export default function ImportResultPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const imp = useImportProgress(id);

  if (imp.isPending) return <PageLoader />;
  if (imp.error instanceof ApiError && (imp.error.status === 404 || imp.error.status === 400)) return <NotFound />;
  if (imp.isError) return <Alert color="red">{problemMessage(imp.error, t)}</Alert>;
  return (
    <Stack gap={0}>
      <BackLink to="/contacts/imports">{t('imports.history')}</BackLink>
      <PageHeader title={t('imports.resultTitle', { file: imp.data.fileName })} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} maw={1100}>
        <ResultStep id={id} onAnother={() => navigate('/contacts/import')} />
      </Paper>
    </Stack>
  );
}
