import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Exact decimal arithmetic for previews, the same as the server's lib/money.ts: sums in minor
// units, quantities in thousandths, percentages in basis points, rounded half away from zero once.

function scaled(decimal: string, digits: number): bigint {
  const text = decimal.trim().replace(',', '.');
  if (!/^-?\d*(\.\d*)?$/.test(text)) return 0n;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole || '0') * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  return negative ? -value : value;
}

function divRound(numerator: bigint, denominator: bigint): bigint {
  const half = denominator / 2n;
  return numerator >= 0n ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

export const toMinor = (amount: string): bigint => scaled(amount, 2);

export function fromMinor(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** quantity × price − discount %, as a decimal string. */
export function lineTotal(quantity: string, price: string, discount: string): string {
  const product = scaled(quantity, 3) * scaled(price, 2) * (10_000n - scaled(discount, 2));
  return fromMinor(divRound(product, 1000n * 10_000n));
}

export function sumMoney(amounts: readonly string[]): string {
  return fromMinor(amounts.reduce((sum, a) => sum + toMinor(a), 0n));
}

/** amount × probability %, as the board's weighted totals count it. */
export function weightedAmount(amount: string, probability: number): string {
  return fromMinor(divRound(toMinor(amount) * BigInt(probability), 100n));
}

/** Formats decimal strings as money in the reader's language and the record's currency. */
export function useMoney() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    const formatter = (currency: string) => {
      let f = formats.get(currency);
      if (!f) {
        try {
          f = new Intl.NumberFormat(lng, { style: 'currency', currency });
        } catch {
          f = new Intl.NumberFormat(lng, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        }
        formats.set(currency, f);
      }
      return f;
    };
    // Number() only for display: the value was exact up to here and Intl rounds to the currency's decimals.
    const money = (amount: string, currency: string) => formatter(currency).format(Number(amount));
    return {
      money,
      /** Several currencies side by side ("€1,200.00 · ₴5,000.00"); a dash when there is nothing. */
      totals: (totals: readonly { currency: string; amount: string }[]) =>
        totals.length ? totals.map((x) => money(x.amount, x.currency)).join(' · ') : '—',
    };
  }, [lng]);
}
