import { Badge, CloseButton, Group } from '@mantine/core';
import type { CustomField } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { chipLabel } from './customFilters.ts';

type Props = { value: string[]; fields: CustomField[]; onChange: (next: string[]) => void };

/** The custom-field filters in force, each a chip that says what it filters and can be removed. */
export function CustomFilterChips({ value, fields, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (value.length === 0) return null;
  return (
    <Group gap={6} mb="sm" role="list" aria-label={t('contactFilters.active')}>
      {value.map((filter) => {
        const label = chipLabel(filter, fields, t, fmt);
        return (
          <Badge
            key={filter}
            role="listitem"
            size="lg"
            variant="light"
            tt="none"
            fw={500}
            pr={4}
            maw="100%"
            rightSection={
              <CloseButton
                size="xs"
                variant="transparent"
                aria-label={t('contactFilters.remove', { filter: label })}
                onClick={() => onChange(value.filter((v) => v !== filter))}
              />
            }
          >
            {label}
          </Badge>
        );
      })}
    </Group>
  );
}
