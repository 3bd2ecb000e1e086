import { ROLES } from '@spilno/schema/abilities';
import { LOCALES, USER_STATUSES } from '@spilno/schema/values';
import type { TFunction } from 'i18next';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';

export const roleOptions = (t: TFunction) => ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
export const statusOptions = (t: TFunction) => USER_STATUSES.map((s) => ({ value: s, label: t(`userStatus.${s}`) }));
export const languageOptions = () => LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));
