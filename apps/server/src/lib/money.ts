/**
 * Exact money: decimal strings on the wire, integers in the database (minor units for sums,
 * thousandths for quantities, basis points for percentages). Products of these are computed
 * in BigInt and rounded half away from zero once, at the end.
 */
function scaled(decimal: string, digits: number): number {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const value = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  return negative ? -value : value;
}

function unscaled(value: number | bigint, digits: number): string {
  const v = BigInt(value);
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const base = 10n ** BigInt(digits);
  const fraction = (abs % base).toString().padStart(digits, '0');
  return `${negative ? '-' : ''}${abs / base}${digits ? `.${fraction}` : ''}`;
}

export const toMinor = (amount: string): number => scaled(amount, 2);
export const fromMinor = (minor: number | bigint): string => unscaled(minor, 2);
export const toMilli = (quantity: string): number => scaled(quantity, 3);
export const fromMilli = (milli: number): string => unscaled(milli, 3).replace(/\.?0+$/, '');
export const toBasisPoints = (percent: string): number => scaled(percent, 2);
export const fromBasisPoints = (bp: number): string => unscaled(bp, 2).replace(/\.?0+$/, '');

/** `numerator / denominator` rounded half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const half = denominator / 2n;
  return numerator >= 0n ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

/** quantity × price − discount%, in minor units. */
export function lineTotalMinor(quantityMilli: number, priceMinor: number, discountBp: number): number {
  return Number(divRound(BigInt(quantityMilli) * BigInt(priceMinor) * BigInt(10_000 - discountBp), 1000n * 10_000n));
}

/** `amount × percent`, in minor units (VAT on a net sum, a weighted amount). */
export function percentOfMinor(amountMinor: number, basisPoints: number): number {
  return Number(divRound(BigInt(amountMinor) * BigInt(basisPoints), 10_000n));
}
