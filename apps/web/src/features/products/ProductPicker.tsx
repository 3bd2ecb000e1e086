import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Product } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductSearch } from './products.api.ts';

type Props = {
  label: string;
  /** The line's product as it was picked (name shown even before a search finds it). */
  value: { id: string; name: string } | null;
  onPick: (product: Product) => void;
};

/** Finds an active product by name or SKU as you type. */
export function ProductPicker({ label, value, onPick }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useProductSearch(q);
  const options = new Map((found.data ?? []).map((p) => [p.id, `${p.name} · ${p.sku}`]));
  if (value && !options.has(value.id)) options.set(value.id, value.name);
  return (
    <Select
      aria-label={label}
      placeholder={t('products.pick')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value?.id ?? null}
      onChange={(id) => {
        const product = found.data?.find((p) => p.id === id);
        if (product) onPick(product);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true, width: 320, position: 'bottom-start' }}
    />
  );
}
