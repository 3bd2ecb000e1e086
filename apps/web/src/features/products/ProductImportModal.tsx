import { Alert, Button, FileInput, Group, List, ScrollArea, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { problemMessage } from '../../lib/problems.ts';
import { importErrorLines } from './importErrors.ts';
import { useImportProducts } from './products.api.ts';

/** Picks a price list, uploads it, and shows what it did or every problem that stopped it. */
export function ProductImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useImportProducts();
  const [file, setFile] = useState<File | null>(null);
  const lines = importErrorLines(upload.error, t);

  return (
    <AppModal opened onClose={onClose} title={t('products.import.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('products.import.hint')}</Text>
          <FileInput
            label={t('products.import.file')}
            accept=".csv,.tsv,.txt,.xlsx,text/csv"
            value={file}
            onChange={(f) => {
              setFile(f);
              upload.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearField') }}
            leftSection={<IconFileImport size={16} />}
          />
          {upload.data && (
            <Alert color="teal" role="status" title={t('products.import.done')}>
              {t('products.import.created', { count: upload.data.created })}
              {' · '}
              {t('products.import.updated', { count: upload.data.updated })}
            </Alert>
          )}
          {upload.error && (
            <Alert color="red" role="alert" title={problemMessage(upload.error, t)}>
              {lines.length > 0 && (
                <>
                  <Text size="sm">{t('products.import.problems', { count: lines.length })}</Text>
                  <ScrollArea.Autosize mah={240} mt="xs">
                    <List size="sm" spacing={2}>
                      {lines.map((line) => (
                        <List.Item key={line}>{line}</List.Item>
                      ))}
                    </List>
                  </ScrollArea.Autosize>
                </>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {t('products.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
