import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the reader's language, through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(lng, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(lng);
    const relative = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
    return {
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
      number: (value: number) => number.format(value),
      /** "5 minutes ago", "yesterday"; falls back to the date after a week. */
      ago: (iso: string) => {
        const seconds = Math.round((Date.parse(iso) - Date.now()) / 1000);
        const abs = Math.abs(seconds);
        if (abs < 60) return relative.format(seconds, 'second');
        if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
        if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
        if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
        return dateTime.format(new Date(iso));
      },
    };
  }, [lng]);
}
