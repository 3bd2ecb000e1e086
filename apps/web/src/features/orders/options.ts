import { ORDER_SOURCES, PAYMENT_METHODS } from '@spilno/schema/values';
import type { TFunction } from 'i18next';

export const paymentMethodOptions = (t: TFunction) =>
  PAYMENT_METHODS.map((m) => ({ value: m, label: t(`orders.paymentMethods.${m}`) }));

export const sourceOptions = (t: TFunction) => ORDER_SOURCES.map((s) => ({ value: s, label: t(`orders.sources.${s}`) }));
