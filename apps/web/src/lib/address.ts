import type { Address } from '@spilno/schema';

export const ADDRESS_PARTS = ['street', 'city', 'region', 'postalCode', 'country'] as const;
export type AddressValues = Required<Address>;

/** Every part as a string for the inputs. */
export function addressValues(address: Address | null | undefined): AddressValues {
  return Object.fromEntries(ADDRESS_PARTS.map((k) => [k, address?.[k] ?? ''])) as AddressValues;
}

/** The filled parts, or null when nothing was typed. */
export function addressBody(values: AddressValues): Address | null {
  const filled = Object.fromEntries(ADDRESS_PARTS.filter((k) => values[k].trim()).map((k) => [k, values[k].trim()]));
  return Object.keys(filled).length ? filled : null;
}

/** "Street, City, Region…" for reading. */
export function addressLine(address: Address | null): string {
  return address
    ? ADDRESS_PARTS.map((k) => address[k])
        .filter(Boolean)
        .join(', ')
    : '';
}
