import { DEFAULT_ORDER_STATUSES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, useOrderStatuses } from './orders.api.ts';

type DefaultStatus = (typeof DEFAULT_ORDER_STATUSES)[number];
// The labels the server gives the five default statuses until an admin renames them.
const SERVER_DEFAULTS: Record<DefaultStatus, string> = {
  new: 'New',
  processing: 'Processing',
  shipped: 'Shipped',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
const isDefault = (key: string): key is DefaultStatus => (DEFAULT_ORDER_STATUSES as readonly string[]).includes(key);

/** The admin-defined statuses with labels to show: an untouched default one in the reader's language. */
export function useStatusLabels() {
  const { t } = useTranslation();
  const statuses = useOrderStatuses();
  const list = statuses.data ?? [];
  const label = (s: Pick<OrderStatus, 'key' | 'label'>) =>
    isDefault(s.key) && s.label === SERVER_DEFAULTS[s.key] ? t(`orders.statusNames.${s.key}`) : s.label;
  return {
    statuses: list,
    options: list.map((s) => ({ value: s.key, label: label(s) })),
    labelOf: (key: string) => {
      const found = list.find((s) => s.key === key);
      return found ? label(found) : key;
    },
    colorOf: (key: string) => {
      const found = list.find((s) => s.key === key);
      if (key === 'cancelled') return 'red';
      if (found?.closed) return 'teal';
      return found?.position === 0 ? 'blue' : 'orange';
    },
  };
}
