import { COMPANY_TYPES, INDUSTRIES } from '@spilno/schema/values';
import type { TFunction } from 'i18next';

export const typeOptions = (t: TFunction) => COMPANY_TYPES.map((v) => ({ value: v, label: t(`companies.types.${v}`) }));
export const industryOptions = (t: TFunction) =>
  INDUSTRIES.map((v) => ({ value: v, label: t(`companies.industries.${v}`) })).sort((a, b) => a.label.localeCompare(b.label));
