import { Button, Collapse, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { compact, useSearchState } from '../sales/useSearchState.ts';
import { type BoardView, ViewToggle } from '../sales/ViewToggle.tsx';
import { LeadBoard } from './LeadBoard.tsx';
import { LeadFilters } from './LeadFilters.tsx';
import { LeadFormDrawer } from './LeadFormDrawer.tsx';
import { LeadTable } from './LeadTable.tsx';

const KEYS = ['view', 'q', 'ownerId', 'source', 'rating', 'status', 'column'] as const;

export default function LeadsPage() {
  const { t } = useTranslation();
  const { canCreate } = useSalesAccess();
  const [params, setParams] = useSearchState(KEYS);
  const [creating, setCreating] = useState(false);
  const view: BoardView = params.view === 'table' ? 'table' : 'board';
  const active = (['ownerId', 'source', 'rating', 'status', 'column'] as const).filter((k) => params[k]).length;
  const [filtersOpen, { toggle }] = useDisclosure(active > 0);
  const { q, ownerId, source, rating, status, column } = params;
  const boardFilters = compact({ q: q.trim(), ownerId, source, rating });

  return (
    <>
      <PageHeader
        title={t('modules.leads')}
        description={t('leads.description')}
        actions={
          canCreate('leads') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('leads.new')}
            </Button>
          )
        }
      />
      <Group gap="xs" mb="sm">
        <DebouncedTextInput
          aria-label={t('common.search')}
          placeholder={t('leads.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(v) => setParams({ q: v })}
          style={{ flex: '1 1 240px' }}
          type="search"
        />
        <Button
          variant={active ? 'light' : 'default'}
          onClick={toggle}
          aria-expanded={filtersOpen}
          leftSection={<IconFilter size={16} />}
        >
          {active ? t('common.filtersCount', { count: active }) : t('common.filters')}
        </Button>
        <ViewToggle value={view} onChange={(v) => setParams({ view: v === 'board' ? '' : v, status: '', column: '' })} />
      </Group>
      <Collapse expanded={filtersOpen}>
        <LeadFilters value={params} onChange={setParams} withStatus={view === 'table'} />
      </Collapse>
      {view === 'board' ? (
        <LeadBoard
          filters={boardFilters}
          tableLink={(c) => `?${new URLSearchParams({ ...boardFilters, view: 'table', column: c })}`}
        />
      ) : (
        <LeadTable filters={{ ...boardFilters, ...compact({ status, column }) }} />
      )}
      {creating && <LeadFormDrawer onClose={() => setCreating(false)} />}
    </>
  );
}
