import { Button, Menu } from '@mantine/core';
import type { Locale } from '@spilno/schema';
import { LOCALES } from '@spilno/schema/values';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_NAMES, setLanguage } from '../lib/i18n.ts';

/** A button showing the current language; `onChange` lets a signed-in page also save it. */
export function LanguageSwitcher({ onChange }: { onChange?: (lng: Locale) => void }) {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" leftSection={<IconLanguage size={18} />} aria-label={t('common.language')}>
          {LANGUAGE_NAMES[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LOCALES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            rightSection={lng === current ? <IconCheck size={16} /> : null}
            onClick={() => (onChange ? onChange(lng) : void setLanguage(lng))}
          >
            {LANGUAGE_NAMES[lng]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
