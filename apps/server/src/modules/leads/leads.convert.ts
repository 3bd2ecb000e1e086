import type { leadConvert } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanWrite } from '../../lib/visibility.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findCompanyIdByName } from '../companies/companies.repo.ts';
import { createCompany } from '../companies/companies.service.ts';
import { findContactIdByChannels } from '../contacts/contacts.repo.ts';
import { createContact } from '../contacts/contacts.service.ts';
import { createDeal } from '../deals/deals.service.ts';
import { getLead } from './leads.service.ts';

function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

/**
 * Turns a lead into a customer in one transaction: the contact (an existing one when the phone
 * or email is known), the company (found by name or created) and optionally a deal; the lead
 * keeps links to all of them and its history moves onto the contact's timeline.
 */
export async function convertLead(ctx: Ctx, id: string, options: z.output<typeof leadConvert>) {
  return inTransaction(ctx, async (tx) => {
    const lead = await getLead(tx, id);
    assertCanWrite(tx, 'leads', lead.ownerId, 'lead');
    if (lead.status === 'converted') throw new AppError('conflict', 'This lead is already converted.');
    const ownerId = lead.ownerId ?? tx.user.id;
    let companyId: string | null = null;
    if (lead.companyName) {
      companyId =
        (await findCompanyIdByName(tx.db, lead.companyName)) ??
        (await createCompany(tx, { name: lead.companyName, ownerId, phones: [], emails: [], tags: [], customFields: {} })).id;
    }
    const existing = await findContactIdByChannels(tx.db, {
      phones: lead.phone ? [lead.phone] : [],
      emails: lead.email ? [lead.email] : [],
    });
    const contactId =
      existing ??
      (
        await createContact(tx, {
          ...splitName(lead.name),
          phones: lead.phone ? [{ value: lead.phone, label: 'mobile' }] : [],
          emails: lead.email ? [{ value: lead.email, label: 'work' }] : [],
          companyId: companyId ?? undefined,
          source: lead.source ?? 'other',
          ownerId,
          preferences: lead.interest ? { notes: lead.interest } : {},
          tags: ['new'],
          emailConsent: false,
          smsConsent: false,
          customFields: {},
        })
      ).id;
    const deal = options.createDeal
      ? await createDeal(tx, {
          name: options.dealName ?? lead.interest ?? lead.name,
          pipelineId: options.pipelineId,
          contactId,
          companyId,
          ownerId,
          source: lead.source,
        })
      : null;
    await tx.db
      .updateTable('leads')
      .set({
        status: 'converted',
        contact_id: contactId,
        company_id: companyId,
        deal_id: deal?.id ?? null,
        converted_at: nowIso(),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    const story = [`Converted from lead ${lead.name}`, lead.interest && `asked for: ${lead.interest}`, lead.notes]
      .filter(Boolean)
      .join(' — ');
    await logSystemActivity(tx, { contactId, companyId: companyId ?? undefined }, story);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'lead',
      entityId: id,
      changes: { status: [lead.status, 'converted'], contactId: [null, contactId], dealId: [null, deal?.id ?? null] },
    });
    return { contactId, companyId, ...(deal ? { dealId: deal.id } : {}) };
  });
}
