import { Button, Group, Popover, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import type { CustomField } from '@spilno/schema';
import { IconFilterPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFor, EMPTY_DRAFT, type FilterDraft, filtersOf } from './customFilters.ts';

type Props = { fields: CustomField[]; onAdd: (key: string, filters: string[]) => void };

/** "Filter by field": pick one of the admin's custom fields, then a value, a text or a range that suits its type. */
export function CustomFilterPicker({ fields, onAdd }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_DRAFT);
  const field = fields.find((f) => f.key === key);
  const made = field ? filtersOf(field, draft) : [];
  const set = (patch: Partial<FilterDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // The select lists render inside the popover, so a click on an option is not a click outside it.
  const inline = { withinPortal: false } as const;

  const pick = (next: string | null) => {
    setKey(next);
    const f = fields.find((x) => x.key === next);
    setDraft(f ? draftFor(f) : EMPTY_DRAFT);
  };
  const apply = () => {
    if (!field || made.length === 0) return;
    onAdd(field.key, made);
    setOpened(false);
    pick(null);
  };

  const range = (type: 'number' | 'date') => (
    <Group grow gap="xs" align="flex-start">
      <TextInput
        type={type}
        inputMode={type === 'number' ? 'decimal' : undefined}
        label={t('contactFilters.from')}
        value={draft.from}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        type={type}
        inputMode={type === 'number' ? 'decimal' : undefined}
        label={t('contactFilters.to')}
        value={draft.to}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
    </Group>
  );

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={300} trapFocus shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconFilterPlus size={16} />} onClick={() => setOpened((o) => !o)}>
          {t('contactFilters.add')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <Stack gap="sm">
            <Select
              label={t('contactFilters.field')}
              placeholder={t('contactFilters.fieldPlaceholder')}
              data={fields.map((f) => ({ value: f.key, label: f.label }))}
              value={key}
              onChange={pick}
              comboboxProps={inline}
            />
            {field?.type === 'select' && (
              <Select
                label={t('contactFilters.value')}
                data={field.options}
                value={draft.value || null}
                onChange={(v) => set({ value: v ?? '' })}
                comboboxProps={inline}
              />
            )}
            {field?.type === 'checkbox' && (
              <SegmentedControl
                fullWidth
                aria-label={field.label}
                data={[
                  { value: 'yes', label: t('common.yes') },
                  { value: 'no', label: t('common.no') },
                ]}
                value={draft.op}
                onChange={(op) => set({ op: op as FilterDraft['op'] })}
              />
            )}
            {field?.type === 'text' && (
              <>
                <SegmentedControl
                  fullWidth
                  aria-label={t('contactFilters.match')}
                  data={[
                    { value: 'contains', label: t('contactFilters.contains') },
                    { value: 'eq', label: t('contactFilters.equals') },
                  ]}
                  value={draft.op}
                  onChange={(op) => set({ op: op as FilterDraft['op'] })}
                />
                <TextInput
                  label={t('contactFilters.text')}
                  value={draft.value}
                  onChange={(e) => set({ value: e.currentTarget.value })}
                  maxLength={150}
                />
              </>
            )}
            {(field?.type === 'number' || field?.type === 'date') && range(field.type)}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={made.length === 0}>
                {t('contactFilters.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
