import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportMapping, ImportResource } from '@spilno/schema';
import { IMPORT_FIELDS } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { type DryRun, useDryRun, useUpdateImport } from './imports.api.ts';

const ONLY_CONTACTS = ['firstName', 'lastName', 'fullName', 'company', 'position', 'source', 'birthday'];
const ONLY_COMPANIES = ['name', 'type', 'industry', 'website'];

type Props = { imp: ImportResource; onBack: () => void; onChecked: (imp: ImportResource, dryRun: DryRun) => void };

/** Each column of the file and where it goes; recognised headers arrive already mapped. */
export function MappingStep({ imp, onBack, onChecked }: Props) {
  const { t } = useTranslation();
  const custom = useCustomFields(imp.entity === 'contacts' ? 'contact' : 'company');
  const update = useUpdateImport();
  const dryRun = useDryRun();
  const [mapping, setMapping] = useState<ImportMapping>(imp.mapping);
  const skip = imp.entity === 'contacts' ? ONLY_COMPANIES : ONLY_CONTACTS;
  const options = [
    ...IMPORT_FIELDS.filter((f) => !skip.includes(f)).map((f) => ({ value: f, label: t(`imports.fields.${f}`) })),
    ...(custom.data ?? []).map((f) => ({ value: `custom.${f.key}`, label: f.label })),
  ];

  const next = async () => {
    try {
      const saved = await update.mutateAsync({ id: imp.id, mapping, dedupe: imp.dedupe });
      onChecked(saved, await dryRun.mutateAsync(imp.id));
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <Stack>
      <Text size="sm">{t('imports.mappingIntro', { file: imp.fileName, count: imp.progress.total })}</Text>
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="xs" aria-label={t('imports.steps.mapping')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th w="50%">{t('imports.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imp.columns.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {column}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('imports.targetOf', { column })}
                    data={options}
                    value={mapping[column]?.field ?? 'ignore'}
                    onChange={(field) =>
                      field && setMapping((m) => ({ ...m, [column]: { ...m[column], field: field as never } }))
                    }
                    allowDeselect={false}
                    searchable
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.back')}
        </Button>
        <Button onClick={next} loading={update.isPending || dryRun.isPending}>
          {t('imports.check')}
        </Button>
      </Group>
    </Stack>
  );
}
