import { Anchor, Box, Group } from '@mantine/core';
import type { Document } from '@spilno/schema';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { previewUrl } from './documents.api.ts';

/**
 * The PDF in a frame. Phones often cannot show a PDF inside a page (Android's browser offers a
 * download instead), so the same address opens in a new tab too.
 */
export function DocumentPreviewModal({ doc, onClose }: { doc: Document; onClose: () => void }) {
  const { t } = useTranslation();
  const title = `${t(`documents.kinds.${doc.kind}`)} ${doc.number}`;
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <Group justify="flex-end" mb="xs">
        <Anchor href={previewUrl(doc.id)} target="_blank" rel="noopener" size="sm">
          <Group gap={4}>
            <IconExternalLink size={14} aria-hidden />
            {t('documents.openInNewTab')}
          </Group>
        </Anchor>
      </Group>
      <Box
        component="iframe"
        src={previewUrl(doc.id)}
        title={title}
        w="100%"
        h="75vh"
        style={{ border: '1px solid var(--mantine-color-default-border)' }}
      />
    </AppModal>
  );
}
