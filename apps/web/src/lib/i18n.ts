import type { Locale } from '@spilno/schema';
import { LOCALES } from '@spilno/schema/values';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Each language is named in itself, the way people look for it in a switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', uk: 'Українська', ru: 'Русский', it: 'Italiano' };
const STORAGE_KEY = 'spilno.locale';

const bundles = import.meta.glob<ResourceKey>('../locales/*/translation.json', { import: 'default' });

/** Loads one language's file on demand, so only the languages in use are downloaded. */
const lazyBundles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = bundles[`../locales/${language}/translation.json`];
    if (!load) return callback(new Error(`No translation for ${language}`), null);
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function initialLanguage(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18n
    .use(lazyBundles)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'en',
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
}

/** Switches the UI language now and remembers it on this device. */
export async function setLanguage(lng: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}
