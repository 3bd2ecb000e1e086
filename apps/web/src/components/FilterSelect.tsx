import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A clearable select for list filters: empty means "All". */
export function FilterSelect(props: SelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      placeholder={t('common.all')}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearField') }}
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
    />
  );
}
