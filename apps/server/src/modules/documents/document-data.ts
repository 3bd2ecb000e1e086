import type { Address, Channel, DocumentData, Locale, Settings } from '@spilno/schema';
import { parseJson } from '../../db/connection.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { fromBasisPoints, fromMilli, fromMinor, toMinor } from '../../lib/money.ts';
import { getDeal } from '../deals/deals.service.ts';
import { getOrder } from '../orders/orders.service.ts';
import { lineAmounts } from '../products/product-lines.ts';

/** What a new document is built from, with the links it keeps to its deal, order and customer. */
export type Source = {
  dealId: string | null;
  orderId: string | null;
  contactId: string | null;
  companyId: string | null;
  currency: string;
  label: string;
  lines: DocumentData['lines'];
  subtotal: string;
  vat: string;
  total: string;
};

/** A reference in the body to a record the caller may not see is bad input (400), like any unknown id. */
function asUnknown(path: 'dealId' | 'orderId') {
  return (e: unknown): never => {
    if (!(e instanceof AppError && e.code === 'not_found')) throw e;
    throw new AppError('invalid', `This ${path === 'dealId' ? 'deal' : 'order'} does not exist.`, [
      { path, message: 'Unknown record' },
    ]);
  };
}

/** An order prints as it stands: its lines, VAT and totals, computed once by the orders module. */
export async function orderSource(ctx: Ctx, orderId: string): Promise<Source> {
  const order = await getOrder(ctx, orderId).catch(asUnknown('orderId'));
  return {
    dealId: order.dealId,
    orderId,
    contactId: order.contactId,
    companyId: order.companyId,
    currency: order.currency,
    label: order.number,
    lines: order.items.map(({ productId: _, ...line }) => line),
    subtotal: order.subtotal,
    vat: order.vat,
    total: order.total,
  };
}

/**
 * A deal's lines carry no VAT of their own (it belongs to orders), so a quote takes each
 * catalogue product's current rate, frozen with the document; a deal without lines is quoted
 * as one line for its amount.
 */
export async function dealSource(ctx: Ctx, dealId: string): Promise<Source> {
  const deal = await getDeal(ctx, dealId, false).catch(asUnknown('dealId'));
  const items = await ctx.db
    .selectFrom('deal_items')
    .leftJoin('products', 'products.id', 'deal_items.product_id')
    .select(['deal_items.name', 'deal_items.quantity_milli', 'deal_items.price_minor', 'deal_items.discount_bp'])
    .select(['products.sku', 'products.vat_bp'])
    .where('deal_items.deal_id', '=', dealId)
    .orderBy('deal_items.position')
    .execute();
  const rows = items.length
    ? items
    : [{ name: deal.name, quantity_milli: 1000, price_minor: toMinor(deal.amount), discount_bp: 0, sku: null, vat_bp: 0 }];
  let net = 0;
  let vat = 0;
  const lines = rows.map((i) => {
    const amounts = lineAmounts({ ...i, cost_minor: 0, vat_bp: i.vat_bp ?? 0 });
    net += amounts.net;
    vat += amounts.vat;
    return {
      name: i.name,
      sku: i.sku ?? null,
      quantity: fromMilli(i.quantity_milli),
      price: fromMinor(i.price_minor),
      discount: fromBasisPoints(i.discount_bp),
      vatRate: fromBasisPoints(i.vat_bp ?? 0),
      net: fromMinor(amounts.net),
      vat: fromMinor(amounts.vat),
      total: fromMinor(amounts.net + amounts.vat),
    };
  });
  return {
    dealId,
    orderId: null,
    contactId: deal.contactId,
    companyId: deal.companyId,
    currency: deal.currency,
    label: deal.name,
    lines,
    subtotal: fromMinor(net),
    vat: fromMinor(vat),
    total: fromMinor(net + vat),
  };
}

const addressText = (a: Address | null) =>
  a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ') || null : null;
const first = (channels: unknown) => parseJson<Channel[]>(channels)?.[0]?.value ?? null;

/** The customer as printed, and the language they asked to be written to in. */
export async function customerOf(ctx: Ctx, source: Source) {
  const [contact, company] = await Promise.all([
    source.contactId
      ? ctx.db.selectFrom('contacts').selectAll().where('id', '=', source.contactId).executeTakeFirst()
      : undefined,
    source.companyId
      ? ctx.db.selectFrom('companies').selectAll().where('id', '=', source.companyId).executeTakeFirst()
      : undefined,
  ]);
  const contactName = contact ? `${contact.first_name} ${contact.last_name}`.trim() : '';
  const customer: DocumentData['customer'] = {
    name: contactName || company?.name || '',
    companyName: contactName ? (company?.name ?? null) : null,
    address: addressText(parseJson<Address>(contact?.address)) ?? addressText(parseJson<Address>(company?.address)),
    phone: first(contact?.phones) ?? first(company?.phones),
    email: first(contact?.emails) ?? first(company?.emails),
  };
  const language = parseJson<{ language?: Locale }>(contact?.preferences)?.language ?? null;
  return { customer, language };
}

export const sellerOf = (s: Settings): DocumentData['seller'] => ({
  name: s.companyName,
  legalName: s.legalName,
  address: s.companyAddress,
  taxId: s.taxId,
  iban: s.iban,
  bank: s.bankName,
  phone: s.companyPhone,
  email: s.companyEmail,
});
