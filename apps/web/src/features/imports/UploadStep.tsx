import { Button, FileInput, Group, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ImportResource } from '@spilno/schema';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/problems.ts';
import { type Dedupe, type ImportEntity, useUploadImport } from './imports.api.ts';

const MAX_BYTES = 50 * 1024 * 1024;

export function UploadStep({ onUploaded }: { onUploaded: (imp: ImportResource) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [entity, setEntity] = useState<ImportEntity>('contacts');
  const [dedupe, setDedupe] = useState<Dedupe>('update');
  const [error, setError] = useState<string>();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('imports.chooseFile'));
    if (file.size > MAX_BYTES) return setError(t('imports.tooLarge'));
    upload.mutate({ file, entity, dedupe }, { onSuccess: onUploaded, onError: (err) => setError(problemMessage(err, t)) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SegmentedControl
          aria-label={t('imports.entity')}
          value={entity}
          onChange={(v) => setEntity(v as ImportEntity)}
          data={[
            { value: 'contacts', label: t('modules.contacts') },
            { value: 'companies', label: t('modules.companies') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <FileInput
          label={t('imports.file')}
          description={t('imports.fileHint')}
          accept=".csv,.txt,.xlsx,.vcf,.vcard,text/csv,text/vcard"
          leftSection={<IconUpload size={16} />}
          value={file}
          onChange={(f) => {
            setFile(f);
            setError(undefined);
          }}
          error={error}
          clearable
        />
        <Radio.Group
          label={t('imports.dedupe')}
          description={t('imports.dedupeHint')}
          value={dedupe}
          onChange={(v) => setDedupe(v as Dedupe)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="update" label={t('imports.dedupeModes.update')} />
            <Radio value="skip" label={t('imports.dedupeModes.skip')} />
          </Stack>
        </Radio.Group>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('imports.formats')}
          </Text>
          <Button type="submit" loading={upload.isPending}>
            {t('imports.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
