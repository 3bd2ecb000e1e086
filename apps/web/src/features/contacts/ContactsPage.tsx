import { ActionIcon, Alert, Button, Center, Collapse, Group, Loader, Menu, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { SavedView } from '@spilno/schema';
import { IconCopy, IconDots, IconFileImport, IconFilter, IconHistory, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { useFormat } from '../../lib/format.ts';
import { problemMessage } from '../../lib/problems.ts';
import { useSelection } from '../../lib/selection.ts';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { BulkBar } from './BulkBar.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { ContactFilters } from './ContactFilters.tsx';
import { ContactList } from './ContactList.tsx';
import { CustomFilterChips } from './CustomFilterChips.tsx';
import { CustomFilterPicker } from './CustomFilterPicker.tsx';
import { isColumnKey, useContactColumns } from './columns.tsx';
import { useContactCount, useContactPages } from './contacts.api.ts';
import { replaceField } from './customFilters.ts';
import { customOf, FILTER_KEYS, toFilter, useContactListParams } from './listParams.ts';
import { ContactFormDrawer } from './panels.tsx';
import { SavedViewsMenu } from './SavedViewsMenu.tsx';
import { useColumnChoice } from './useColumns.ts';
import { useSavedViews } from './views.api.ts';

export default function ContactsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { can, canCreate } = useAbilities();
  const { params, sort, view, setParams, toggleSort, apply } = useContactListParams();
  const filter = useMemo(() => toFilter(params), [params]);
  const list = useContactPages(filter, sort);
  const total = useContactCount(filter);
  const selection = useSelection();
  const allColumns = useContactColumns();
  const [columnKeys, setColumnKeys] = useColumnChoice();
  const views = useSavedViews();
  const customFields = useCustomFields('contact').data ?? [];
  const [creating, setCreating] = useState(false);
  // Custom-field filters show as chips in view, so they neither count here nor open the panel.
  const activeFilters = FILTER_KEYS.filter((k) => k !== 'q' && params[k]).length;
  // On a phone the open panel fills the first screen, so the list starts closed there; the
  // button still counts the active filters.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(activeFilters > 0 && !phone);

  // A selection belongs to the list it was made in.
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: clear when the filter changes, not when clear() does
  useEffect(() => selection.clear(), [filterKey]);

  const pickView = (v: SavedView) => {
    const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, typeof v.filters[k] === 'string' ? v.filters[k] : '']));
    apply({ ...f, custom: customOf(v.filters.custom) } as typeof params, (v.sort as typeof sort) ?? 'name', v.id);
    if (v.columns.length) setColumnKeys(v.columns.filter(isColumnKey));
  };
  const draft = {
    filters: Object.fromEntries(Object.entries(params).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v))),
    columns: columnKeys,
    sort,
  };

  return (
    <>
      <PageHeader
        title={t('modules.contacts')}
        description={
          total.data === undefined ? undefined : t('contacts.total', { count: total.data, formatted: fmt.number(total.data) })
        }
        actions={
          <Group gap="xs">
            <Button component={Link} to="/contacts/duplicates" variant="default" leftSection={<IconCopy size={16} />}>
              {t('duplicates.title')}
            </Button>
            {can('imports.run') && (
              <Button component={Link} to="/contacts/import" variant="default" leftSection={<IconFileImport size={16} />}>
                {t('imports.action')}
              </Button>
            )}
            {canCreate('contacts') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('contacts.new')}
              </Button>
            )}
            {can('imports.run') && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="default" size="input-sm" aria-label={t('contacts.moreActions')}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item component={Link} to="/contacts/imports" leftSection={<IconHistory size={16} />}>
                    {t('imports.history')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        }
      />
      <Group gap="xs" mb="sm">
        <DebouncedTextInput
          aria-label={t('common.search')}
          placeholder={t('contacts.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={params.q}
          onChange={(q) => setParams({ q })}
          style={{ flex: '1 1 260px' }}
          type="search"
        />
        <Button
          variant={activeFilters ? 'light' : 'default'}
          onClick={toggleFilters}
          aria-expanded={filtersOpen}
          leftSection={<IconFilter size={16} />}
        >
          {activeFilters ? t('common.filtersCount', { count: activeFilters }) : t('common.filters')}
        </Button>
        {customFields.length > 0 && (
          <CustomFilterPicker
            fields={customFields}
            onAdd={(key, added) => setParams({ custom: replaceField(params.custom, key, added) })}
          />
        )}
        <ColumnChooser all={allColumns} value={columnKeys} onChange={setColumnKeys} />
        <SavedViewsMenu current={views.data?.find((v) => v.id === view)} draft={draft} onPick={pickView} />
      </Group>
      <CustomFilterChips value={params.custom} fields={customFields} onChange={(custom) => setParams({ custom })} />
      <Collapse expanded={filtersOpen}>
        <ContactFilters
          value={params}
          onChange={setParams}
          onClear={() =>
            apply(
              { ...params, ...Object.fromEntries(FILTER_KEYS.filter((k) => k !== 'q').map((k) => [k, ''])), custom: [] },
              sort,
            )
          }
        />
      </Collapse>
      <BulkBar selection={selection} filter={filter} loaded={list.items.length} total={total.data} />
      {list.isPending ? (
        <Center py="xl" role="status" aria-label={t('common.loading')}>
          <Loader />
        </Center>
      ) : list.error && list.items.length === 0 ? (
        <Alert color="red" role="alert">
          {problemMessage(list.error, t)}
        </Alert>
      ) : list.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {filterKey === '{}' ? t('contacts.emptyNone') : t('contacts.empty')}
        </Text>
      ) : (
        <ContactList
          list={list}
          columns={columnKeys.map((k) => allColumns[k])}
          sort={sort}
          onSort={toggleSort}
          selection={selection}
        />
      )}
      {creating && <ContactFormDrawer onClose={() => setCreating(false)} />}
    </>
  );
}
