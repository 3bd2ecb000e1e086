import { ActionIcon, Badge, Button, Group, Menu } from '@mantine/core';
import type { SavedView } from '@spilno/schema';
import { IconBookmark, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { SaveViewModal } from './SaveViewModal.tsx';
import { useDeleteView, useSavedViews, type ViewDraft } from './views.api.ts';

type Props = { current: SavedView | undefined; draft: Omit<ViewDraft, 'name' | 'shared'>; onPick: (view: SavedView) => void };

/** Pick a saved view, save what is on screen as one, or delete one of your own. */
export function SavedViewsMenu({ current, draft, onPick }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const views = useSavedViews();
  const remove = useDeleteView();
  const [saving, setSaving] = useState(false);

  return (
    <>
      <Menu position="bottom-end" withinPortal width={280}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} maw={220}>
            {current?.name ?? t('views.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data ?? []).length === 0 && <Menu.Label>{t('views.none')}</Menu.Label>}
          {(views.data ?? []).map((v) => (
            <Menu.Item
              key={v.id}
              onClick={() => onPick(v)}
              rightSection={
                <Group gap={4} wrap="nowrap">
                  {v.shared && (
                    <Badge size="xs" variant="light">
                      {t('views.shared')}
                    </Badge>
                  )}
                  {v.ownerId === me.id && (
                    <ActionIcon
                      component="span"
                      size="sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('views.delete', { name: v.name })}
                      onClick={(e) => {
                        e.stopPropagation();
                        remove.mutate(v.id, { onError: (err) => notifyError(err, t) });
                      }}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Group>
              }
            >
              {v.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)}>
            {t('views.save')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {saving && <SaveViewModal draft={draft} onSaved={onPick} onClose={() => setSaving(false)} />}
    </>
  );
}
