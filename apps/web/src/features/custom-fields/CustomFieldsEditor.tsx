import { ActionIcon, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { CustomField } from '@spilno/schema';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { notifyError } from '../../lib/problems.ts';
import { CustomFieldModal } from './CustomFieldModal.tsx';
import { useCustomFields, useDeleteCustomField } from './custom-fields.api.ts';

type Entity = CustomField['entity'];

/** The extra fields of one kind of record: add, rename, change options, delete. */
export function CustomFieldsEditor({ entity }: { entity: Entity }) {
  const { t } = useTranslation();
  const fields = useCustomFields(entity);
  const remove = useDeleteCustomField();
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomField | null>(null);

  return (
    <Stack gap="xs" component="section" aria-label={t(`customFields.entities.${entity}`)}>
      <Group justify="space-between">
        <Text fw={600}>{t(`customFields.entities.${entity}`)}</Text>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          {t('customFields.add')}
        </Button>
      </Group>
      {fields.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customFields.none')}
        </Text>
      )}
      {fields.data?.map((f) => (
        <Group key={f.id} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" miw={0}>
            <Text size="sm" fw={500}>
              {f.label}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {f.key}
            </Text>
            <Badge size="sm" variant="light">
              {t(`customFields.types.${f.type}`)}
            </Badge>
          </Group>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('customFields.edit', { name: f.label })}
              onClick={() => setEditing(f)}
            >
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('customFields.delete', { name: f.label })}
              onClick={() => setDeleting(f)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      {editing && (
        <CustomFieldModal entity={entity} field={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmModal
        opened={Boolean(deleting)}
        title={t('customFields.deleteTitle')}
        message={t('customFields.deleteText', { name: deleting?.label ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null), onError: (e) => notifyError(e, t) })
        }
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
