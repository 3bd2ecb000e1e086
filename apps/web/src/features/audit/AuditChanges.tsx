import { Code, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '@spilno/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLocale, LANGUAGE_NAMES } from '../../lib/i18n.ts';

const FIELD_KEYS = ['name', 'email', 'role', 'status', 'locale', 'theme'] as const;
const ROLE_VALUES = ['admin', 'manager', 'marketer', 'support'] as const;
const STATUS_VALUES = ['active', 'pending', 'deactivated'] as const;
const THEME_VALUES = ['light', 'dark', 'auto'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function fieldLabel(field: string, t: TFunction): string {
  return isOneOf(FIELD_KEYS, field) ? t(`fields.${field}`) : field;
}

/** A value as a reader expects it: roles, statuses, languages and themes in words. */
function valueText(field: string, value: unknown, t: TFunction): string {
  if (isEmpty(value)) return '—';
  if (field === 'role' && isOneOf(ROLE_VALUES, value)) return t(`roles.${value}`);
  if (field === 'status' && isOneOf(STATUS_VALUES, value)) return t(`userStatus.${value}`);
  if (field === 'theme' && isOneOf(THEME_VALUES, value)) return t(`themes.${value}`);
  if (field === 'locale' && isLocale(value)) return LANGUAGE_NAMES[value];
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * One line per changed field: `before → after`; a new record shows only its values, a deleted
 * one only what it had.
 */
export function AuditChanges({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {entries.map(([field, [before, after]]) => (
        <Text key={field} size="sm">
          <Text span fw={600} inherit>
            {fieldLabel(field, t)}:
          </Text>{' '}
          {!isEmpty(before) && (
            <Code c="red.7" td={isEmpty(after) ? 'line-through' : undefined}>
              {valueText(field, before, t)}
            </Code>
          )}
          {!isEmpty(before) && !isEmpty(after) && ' → '}
          {(!isEmpty(after) || isEmpty(before)) && <Code c="teal.7">{valueText(field, after, t)}</Code>}
        </Text>
      ))}
    </Stack>
  );
}
