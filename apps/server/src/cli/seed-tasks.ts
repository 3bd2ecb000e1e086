import { taskCreate } from '@spilno/schema';
import type { Ctx } from '../http/context.ts';
import { createTask } from '../modules/tasks/tasks.service.ts';

const titles = [
  'Call back about the price list',
  'Send the contract',
  'Meeting: tasting',
  'Follow up on the invoice',
  'Confirm the delivery date',
];
const types = ['call', 'email', 'meeting', 'follow_up', 'todo'] as const;
const hour = 3600_000;

/** A week of work per seller: some overdue, some today, some ahead, one weekly call; linked to their contacts. */
export async function seedDemoTasks(ctxs: Ctx[]): Promise<void> {
  for (const ctx of ctxs) {
    const contacts = await ctx.db.selectFrom('contacts').select('id').where('owner_id', '=', ctx.user.id).limit(5).execute();
    for (const [i, title] of titles.entries()) {
      const due = new Date(Date.now() + (i - 2) * 20 * hour);
      due.setUTCMinutes(0, 0, 0);
      const future = due.getTime() > Date.now() + hour;
      await createTask(
        ctx,
        taskCreate.parse({
          title,
          type: types[i],
          dueAt: due.toISOString(),
          priority: i === 0 ? 'high' : 'normal',
          contactId: contacts[i % Math.max(contacts.length, 1)]?.id,
          reminders: future ? [{ minutesBefore: 15 }] : [],
          ...(i === 4 && future ? { rrule: 'FREQ=WEEKLY;COUNT=8' } : {}),
        }),
      );
    }
  }
}
