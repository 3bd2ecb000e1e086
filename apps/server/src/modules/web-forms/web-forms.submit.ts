import { ROLES, type Role, type webFormSubmission } from '@spilno/schema';
import type { z } from 'zod';
import type { Deps } from '../../http/app-types.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor } from '../audit/audit.service.ts';
import { createLead } from '../leads/leads.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { findWebForm, presentWebForm } from './web-forms.service.ts';

type Submission = z.output<typeof webFormSubmission>;

/** May a browser on `origin` post to the form? Requests without an Origin (plain servers, old browsers) rely on the rate limit and honeypot. */
export function originAllowed(allowed: string[], origin: string | undefined, own: string): boolean {
  if (!origin) return true;
  const o = origin.toLowerCase();
  return o === new URL(own).origin || allowed.includes(o);
}

/**
 * Creates the lead a visitor asked for and hands it to the next person in turn (or the chosen
 * one), who is notified. The turn advances in the same transaction as the lead, so two
 * simultaneous visitors go to two people.
 */
export async function submitWebForm(
  deps: Deps,
  formId: string,
  input: Submission,
  actor: Actor,
): Promise<{ message: string; redirectUrl: string | null; leadId: string | null }> {
  const row = await findWebForm(deps.db, formId);
  if (!row || !row.active) throw notFound('form');
  const form = presentWebForm(row);
  // A bot filled the field people never see: answer as if all went well, keep nothing.
  if (input.website) return { message: form.successMessage, redirectUrl: form.redirectUrl, leadId: null };
  if (!input.phone && !input.email) {
    throw new AppError('invalid', 'Leave a phone number or an email so we can reach you.', [
      { path: 'phone', message: 'Phone or email required' },
    ]);
  }
  return deps.db.transaction().execute(async (trx) => {
    const turn = await trx
      .updateTable('web_forms')
      .set((eb) => ({ next_assignee: eb('next_assignee', '+', 1) }))
      .where('id', '=', formId)
      .returning('next_assignee')
      .executeTakeFirstOrThrow();
    const index = form.assignMode === 'user' ? 0 : (Number(turn.next_assignee) - 1) % form.assigneeIds.length;
    const assignee = await trx
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'status'])
      .where('id', '=', form.assigneeIds[index] ?? '')
      .executeTakeFirst();
    if (!assignee || assignee.status !== 'active' || !(ROLES as readonly string[]).includes(assignee.role)) {
      throw new AppError('conflict', 'This form has nobody to take its leads; ask the site owner to fix it.');
    }
    const user = { ...assignee, role: assignee.role as Role };
    const ctx = { db: trx, engine: deps.engine, actor: { ...actor, userName: `Web form "${form.name}"` }, user };
    const lead = await createLead(ctx, {
      name: input.name,
      phone: input.phone || undefined,
      email: input.email ? input.email.toLowerCase() : undefined,
      companyName: input.company || undefined,
      interest: input.message || undefined,
      source: form.source,
      status: 'new',
      ownerId: user.id,
    });
    await notify(trx, {
      userId: user.id,
      kind: 'lead_assigned',
      title: `New lead from ${form.name}: ${lead.name}`,
      body: lead.interest ?? undefined,
      entityType: 'lead',
      entityId: lead.id,
    });
    return { message: form.successMessage, redirectUrl: form.redirectUrl, leadId: lead.id };
  });
}
