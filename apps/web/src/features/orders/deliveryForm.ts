import type { Order } from '@spilno/schema';
import type { OrderUpdate } from './orders.api.ts';

/** The order's terms as a form edits them: every field a string, empty for none. */
export type DeliveryValues = {
  paymentMethod: string;
  source: string;
  deliveryMethod: string;
  deliveryAddress: string;
  trackingNumber: string;
  note: string;
};

export const EMPTY_DELIVERY: DeliveryValues = {
  paymentMethod: '',
  source: '',
  deliveryMethod: '',
  deliveryAddress: '',
  trackingNumber: '',
  note: '',
};

export const deliveryValues = (o: Order): DeliveryValues => ({
  paymentMethod: o.paymentMethod ?? '',
  source: o.source ?? '',
  deliveryMethod: o.deliveryMethod ?? '',
  deliveryAddress: o.deliveryAddress ?? '',
  trackingNumber: o.trackingNumber ?? '',
  note: o.note ?? '',
});

const orNull = (v: string) => v.trim() || null;

export const deliveryPatch = (v: DeliveryValues) =>
  ({
    paymentMethod: orNull(v.paymentMethod),
    source: orNull(v.source),
    deliveryMethod: orNull(v.deliveryMethod),
    deliveryAddress: orNull(v.deliveryAddress),
    trackingNumber: orNull(v.trackingNumber),
    note: orNull(v.note),
  }) as OrderUpdate;
