import 'i18next';
import type en from './locales/en/translation.json';

// t('…') only accepts keys that exist in the English file, so a typo fails type checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
