import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { Document, DocumentKind } from '@spilno/schema';
import { roleCan } from '@spilno/schema/abilities';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../components/ListState.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { DocumentPreviewModal } from './DocumentPreviewModal.tsx';
import { DocumentRow } from './DocumentRow.tsx';
import { type DocumentSource, useCreateDocument, useDocuments } from './documents.api.ts';
import { SendDocumentModal } from './SendDocumentModal.tsx';

type Props = { source: DocumentSource; kinds: readonly DocumentKind[] };

/** Quotes and invoices issued from a deal or an order: issue new ones, preview, download, email. */
export function DocumentsPanel(props: Props) {
  const user = useCurrentUser();
  // Roles without documents never ask for the list (the server would refuse it).
  return roleCan(user.role, 'documents.read.own') ? (
    <Panel {...props} canWrite={roleCan(user.role, 'documents.write.own')} />
  ) : null;
}

function Panel({ source, kinds, canWrite }: Props & { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useDocuments(source);
  const create = useCreateDocument();
  const [previewing, setPreviewing] = useState<Document | null>(null);
  const [sending, setSending] = useState<Document | null>(null);

  const issue = (kind: DocumentKind) =>
    create.mutate(
      { ...source, kind },
      {
        onSuccess: (doc) => notifySuccess(t('documents.created', { number: doc.number })),
        onError: (error) => notifyError(error, t),
      },
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h4">
              {t('documents.title')}
            </Title>
            {list.items.length > 0 && (
              <Badge variant="light" aria-label={t('documents.count', { count: list.items.length })}>
                {list.items.length}
              </Badge>
            )}
          </Group>
          {canWrite && (
            <Group gap="xs">
              {kinds.map((kind) => (
                <Button
                  key={kind}
                  size="compact-sm"
                  variant={kind === kinds[0] ? 'filled' : 'light'}
                  leftSection={<IconFilePlus size={14} />}
                  loading={create.isPending && create.variables?.kind === kind}
                  onClick={() => issue(kind)}
                >
                  {t(`documents.create.${kind}`)}
                </Button>
              ))}
            </Group>
          )}
        </Group>
        <ListState {...list} isEmpty={list.items.length === 0} empty={t('documents.empty')}>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('documents.title')}>
            {list.items.map((doc) => (
              <DocumentRow
                key={doc.id}
                doc={doc}
                canSend={canWrite}
                onPreview={() => setPreviewing(doc)}
                onSend={() => setSending(doc)}
              />
            ))}
          </Stack>
        </ListState>
      </Stack>
      {previewing && <DocumentPreviewModal doc={previewing} onClose={() => setPreviewing(null)} />}
      {sending && <SendDocumentModal doc={sending} onClose={() => setSending(null)} />}
    </Paper>
  );
}
