import { z } from 'zod';

/** Money on the wire: a decimal string with up to two decimals ("1250.00"), never a float. */
export const moneyInput = z
  .union([z.string().trim(), z.number()])
  .transform((v) => String(v).replace(',', '.'))
  .pipe(z.string().regex(/^-?\d{1,13}(\.\d{1,2})?$/, 'A sum like 1250.00'));
export const money = z.string();
export const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'An ISO 4217 code such as UAH')
  .transform((c) => c.toUpperCase());
/** A percentage as a decimal string ("20", "7.5"). */
export const percentInput = z
  .union([z.string().trim(), z.number()])
  .transform((v) => String(v).replace(',', '.'))
  .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'A percentage like 20 or 7.5'))
  .refine((v) => Number(v) <= 100, 'At most 100');
