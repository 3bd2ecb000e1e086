import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toOrigin } from './webFormForm.ts';

/** The websites allowed to send the form, one origin per tag; a pasted page address is cut to its origin. */
export function OriginsInput({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (origins: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TagsInput
      label={t('webForms.fields.allowedOrigins')}
      description={t('webForms.originsHint')}
      placeholder={value.length ? undefined : 'https://shop.example.com'}
      value={value}
      onChange={(tags) => onChange([...new Set(tags.map(toOrigin).filter(Boolean))])}
      splitChars={[',', ' ']}
      maxTags={20}
      clearable
      error={error}
    />
  );
}
