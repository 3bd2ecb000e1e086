import { Button, Menu } from '@mantine/core';
import type { ContactFilter } from '@spilno/schema';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '../../lib/selection.ts';
import { EXPORT_FORMATS, exportUrl } from './exportLink.ts';

type Props = { filter: ContactFilter; selection?: Selection; size?: 'xs' | 'sm'; variant?: string };

/** CSV, Excel or vCard of the selection (or of the whole filtered list); the browser downloads it. */
export function ExportMenu({ filter, selection, size = 'sm', variant = 'default' }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size={size} variant={variant} leftSection={<IconDownload size={16} />}>
          {t('contacts.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EXPORT_FORMATS.map((format) => (
          <Menu.Item key={format} component="a" href={exportUrl(format, filter, selection)} download>
            {t(`contacts.exportFormats.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
