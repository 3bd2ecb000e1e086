import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../http/app-types.ts';
import { runFollowUps } from '../follow-ups/follow-ups.run.ts';
import { sendPendingEmails } from '../notifications/notifications.mailer.ts';
import { fireDueReminders, flagOverdueTasks } from './reminders.ts';

export type SchedulerDeps = Pick<Deps, 'db' | 'engine' | 'mailer' | 'config'> & { log?: FastifyBaseLogger; intervalMs?: number };

/** 15 s keeps every reminder well within the promised minute of its time. */
const DEFAULT_INTERVAL_MS = 15_000;

/** One pass: reminders, overdue tasks, follow-up rules, then the mail they produced. */
export async function schedulerTick(deps: SchedulerDeps): Promise<void> {
  const fired = await fireDueReminders(deps.db, deps.engine);
  const overdue = await flagOverdueTasks(deps.db, deps.engine);
  const followUps = await runFollowUps(deps.db);
  const mailed = await sendPendingEmails(deps);
  if (fired || overdue || followUps || mailed) deps.log?.info({ fired, overdue, followUps, mailed }, 'scheduler pass');
}

/**
 * Runs a pass now and then every interval, one at a time. Everything it does is claimed in the
 * database, so several processes may run it side by side and a restart loses nothing.
 */
export function startReminderScheduler(deps: SchedulerDeps): { stop: () => Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const loop = () => {
    running = schedulerTick(deps)
      .catch((err) => deps.log?.error({ err }, 'scheduler pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, deps.intervalMs ?? DEFAULT_INTERVAL_MS);
      });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
