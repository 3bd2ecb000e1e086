import { ActionIcon, Badge, Button, Group, SegmentedControl } from '@mantine/core';
import type { Product } from '@spilno/schema';
import { IconFileImport, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { useMoney } from '../sales/money.ts';
import { ProductFormModal } from './ProductFormModal.tsx';
import { ProductImportModal } from './ProductImportModal.tsx';
import { type ProductFilters, useProductList } from './products.api.ts';

/** The product catalogue: search, active or archived, and an edit dialog. */
export default function ProductsPage() {
  const { t } = useTranslation();
  const { can } = useSalesAccess();
  const { money } = useMoney();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const list = useProductList({ q: q.trim() || undefined, active: active || undefined } satisfies ProductFilters);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const writable = can('products.write');

  const columns: Column<Product>[] = [
    { key: 'name', header: t('products.fields.name'), primary: true, render: (p) => p.name },
    { key: 'sku', header: t('products.fields.sku'), render: (p) => p.sku },
    {
      key: 'price',
      header: t('products.fields.price'),
      nowrap: true,
      render: (p) => `${money(p.price, p.currency)} / ${p.unit}`,
    },
    { key: 'cost', header: t('products.fields.costPrice'), nowrap: true, render: (p) => money(p.costPrice, p.currency) },
    { key: 'vat', header: t('products.fields.vatRate'), render: (p) => `${p.vatRate}%` },
    {
      key: 'active',
      header: t('products.fields.active'),
      bare: true,
      render: (p) => (
        <Badge color={p.active ? 'teal' : 'gray'} variant="light">
          {p.active ? t('products.active') : t('products.archived')}
        </Badge>
      ),
    },
  ];
  if (writable)
    columns.push({
      key: 'edit',
      header: t('common.actions'),
      bare: true,
      render: (p) => (
        <ActionIcon variant="subtle" aria-label={t('products.editNamed', { name: p.name })} onClick={() => setEditing(p)}>
          <IconPencil size={16} />
        </ActionIcon>
      ),
    });

  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.description')}
        actions={
          writable && (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
                {t('products.import.button')}
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
                {t('products.new')}
              </Button>
            </Group>
          )
        }
      />
      <Group gap="xs" mb="md">
        <DebouncedTextInput
          aria-label={t('common.search')}
          placeholder={t('products.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={setQ}
          style={{ flex: '1 1 240px' }}
          type="search"
        />
        <SegmentedControl
          aria-label={t('products.fields.active')}
          value={active}
          onChange={(v) => setActive(v as typeof active)}
          data={[
            { value: 'true', label: t('products.active') },
            { value: 'false', label: t('products.archived') },
            { value: '', label: t('common.all') },
          ]}
        />
      </Group>
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('products.empty')}>
        <DataTable rows={list.items} columns={columns} rowKey={(p) => p.id} label={t('products.title')} />
      </ListState>
      {importing && <ProductImportModal onClose={() => setImporting(false)} />}
      {editing && <ProductFormModal product={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
