import type { Lead } from '@spilno/schema';
import { LEAD_RATINGS, LEAD_SOURCES, LEAD_STATUSES } from '@spilno/schema/values';
import type { TFunction } from 'i18next';

export const sourceOptions = (t: TFunction) => LEAD_SOURCES.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }));
export const ratingOptions = (t: TFunction) =>
  LEAD_RATINGS.map((r) => ({ value: r, label: t('leads.ratingValue', { rating: r }) }));
export const statusOptions = (t: TFunction, statuses: readonly Lead['status'][] = LEAD_STATUSES) =>
  statuses.map((s) => ({ value: s, label: t(`leads.statuses.${s}`) }));

export const STATUS_COLORS: Record<Lead['status'], string> = {
  new: 'blue',
  in_progress: 'yellow',
  converted: 'teal',
  recycled: 'gray',
  dead: 'red',
};
export const RATING_COLORS: Record<NonNullable<Lead['rating']>, string> = { A: 'teal', B: 'yellow', C: 'gray' };
