import { ActionIcon, Button, Group, Switch, Text } from '@mantine/core';
import { IconCode, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useUserNames } from '../users/useUserNames.ts';
import { EmbedPanel } from './EmbedPanel.tsx';
import { WebFormModal } from './WebFormModal.tsx';
import { useDeleteWebForm, useUpdateWebForm, useWebForms, type WebForm } from './web-forms.api.ts';

/** Forms on the company's websites that turn visitors into leads, and the code to put them there. */
export default function WebFormsPage() {
  const { t } = useTranslation();
  const forms = useWebForms();
  const names = useUserNames();
  const update = useUpdateWebForm();
  const remove = useDeleteWebForm();
  const [editing, setEditing] = useState<WebForm | 'new' | null>(null);
  const [embedding, setEmbedding] = useState<WebForm | null>(null);
  const [deleting, setDeleting] = useState<WebForm | null>(null);

  const setActive = (f: WebForm, active: boolean) =>
    update.mutate(
      { id: f.id, patch: { active } },
      {
        onSuccess: () => notifySuccess(t(active ? 'webForms.activated' : 'webForms.deactivated', { name: f.name })),
        onError: (e) => notifyError(e, t),
      },
    );
  const destroy = (f: WebForm) =>
    remove.mutate(f.id, {
      onSuccess: () => {
        notifySuccess(t('webForms.deleted', { name: f.name }));
        setDeleting(null);
      },
      onError: (e) => notifyError(e, t),
    });
  const people = (f: WebForm) => f.assigneeIds.map((id) => names.get(id) ?? '…').join(', ');

  const columns: Column<WebForm>[] = [
    { key: 'name', header: t('webForms.fields.name'), primary: true, render: (f) => f.name },
    {
      key: 'active',
      header: t('webForms.fields.active'),
      render: (f) => (
        <Switch
          checked={f.active}
          onChange={(e) => setActive(f, e.currentTarget.checked)}
          label={f.active ? t('webForms.active') : t('webForms.inactive')}
          aria-label={t('webForms.activeNamed', { name: f.name })}
        />
      ),
    },
    {
      key: 'assignment',
      header: t('webForms.fields.assignment'),
      wide: true,
      render: (f) => (
        <Text size="sm" component="span">
          {t(`webForms.assignModes.${f.assignMode}`)}: {people(f)}
        </Text>
      ),
    },
    { key: 'source', header: t('webForms.fields.source'), render: (f) => t(`leads.sources.${f.source}`) },
    { key: 'leads', header: t('webForms.fields.leadsCreated'), render: (f) => f.leadsCreated },
    {
      key: 'actions',
      header: t('common.actions'),
      bare: true,
      render: (f) => (
        <Group gap={4} wrap="nowrap">
          <Button size="xs" variant="light" leftSection={<IconCode size={14} />} onClick={() => setEmbedding(f)}>
            {t('webForms.embed.button')}
          </Button>
          <ActionIcon variant="subtle" aria-label={t('webForms.editNamed', { name: f.name })} onClick={() => setEditing(f)}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('webForms.deleteNamed', { name: f.name })}
            onClick={() => setDeleting(f)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('webForms.title')}
        description={t('webForms.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('webForms.new')}
          </Button>
        }
      />
      <ListState
        isPending={forms.isPending}
        error={forms.error}
        isEmpty={(forms.data ?? []).length === 0}
        empty={t('webForms.empty')}
        hasNextPage={false}
        isFetchingNextPage={false}
        fetchNextPage={() => undefined}
      >
        <DataTable rows={forms.data ?? []} columns={columns} rowKey={(f) => f.id} label={t('webForms.title')} />
      </ListState>
      {editing && <WebFormModal form={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {embedding && <EmbedPanel form={embedding} onClose={() => setEmbedding(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('webForms.deleteTitle')}
        message={t('webForms.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting && destroy(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
