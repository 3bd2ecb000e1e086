import { DEFAULT_TIME_ZONE } from '@spilno/schema';
import { normalizeRule } from '../../../apps/server/src/modules/tasks/recurrence.ts';
import { reminderAnchor, timingOf } from '../../../apps/server/src/modules/tasks/tasks.timing.ts';
import { wallOf, wallText } from '../../../apps/server/src/modules/tasks/zoned-time.ts';
import { type Entity, NOW, YEARS3 } from '../context.ts';
import { uuidv7At, Weighted } from '../random.ts';
import { ownerPicker, userId } from './shared.ts';

const DAY = 86_400_000;
/** Open work reaches this far ahead of the data set's "now". */
const AHEAD = 60 * DAY;
const TYPES = new Weighted(['call', 'meeting', 'email', 'todo', 'follow_up'], [35, 12, 15, 25, 13]);
const PRIORITY = new Weighted(['low', 'normal', 'high', 'urgent'], [15, 60, 20, 5]);
const TITLES: Record<string, string[]> = {
  call: ['Передзвонити клієнту', 'Уточнити замовлення', 'Дзвінок щодо оплати'],
  meeting: ['Зустріч з клієнтом', 'Презентація асортименту', 'Виїзд на об’єкт'],
  email: ['Надіслати комерційну пропозицію', 'Надіслати рахунок', 'Відповісти на лист'],
  todo: ['Підготувати договір', 'Перевірити відвантаження', 'Оновити прайс'],
  follow_up: ['Нагадати про пропозицію', 'Дізнатися про рішення'],
};
const REMINDERS = [[{ minutesBefore: 15 }], [{ minutesBefore: 60 }], [{ minutesBefore: 30 }, { minutesBefore: 1440 }]];

/**
 * Tasks as the task service writes them (timing columns from `timingOf`, Kyiv time, overdue
 * watch while the deadline is ahead), spread over three years and the next two months: past ones
 * mostly done, a few left open (overdue), future ones open. Open future tasks carry reminders and
 * their `task_reminders` rows; one in twenty has a watcher; a few open ones recur weekly.
 */
export const tasks: Entity = {
  name: 'tasks',
  tables: ['tasks', 'task_watchers', 'task_reminders'],
  large: 1_000_000,
  async generate(ctx) {
    const rnd = ctx.rnd('tasks');
    const total = ctx.n(this.large);
    const { users, contacts: c, companies: co, deals, leads, orders } = ctx.state;
    const assignee = ownerPicker(users, rnd);
    const tz = DEFAULT_TIME_ZONE;
    const tw = ctx.sink.writer('tasks', {
      id: 'id',
      title: 'text',
      description: 'text',
      type: 'text',
      due_at: 'ts',
      due_date: 'text',
      starts_at: 'ts',
      deadline_at: 'ts',
      duration_min: 'int',
      priority: 'text',
      status: 'text',
      is_open: 'bool',
      progress: 'int',
      checklist: 'json',
      assignee_id: 'id',
      created_by_id: 'id',
      contact_id: 'id',
      company_id: 'id',
      deal_id: 'id',
      lead_id: 'id',
      order_id: 'id',
      ticket_id: 'id',
      rrule: 'text',
      series_start: 'text',
      series_id: 'id',
      reminders: 'json',
      time_zone: 'text',
      outcome: 'text',
      completed_at: 'ts',
      overdue_check_at: 'ts',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const ww = ctx.sink.writer('task_watchers', { task_id: 'id', user_id: 'id', created_at: 'ts', updated_at: 'ts' });
    const rw = ctx.sink.writer('task_reminders', {
      id: 'id',
      task_id: 'id',
      user_id: 'id',
      minutes_before: 'int',
      fire_at: 'ts',
      fired_at: 'ts',
      created_at: 'ts',
      updated_at: 'ts',
    });
    const wait = async (x: Promise<void> | undefined) => {
      if (x) await x;
    };
    const nowIso = new Date(NOW).toISOString();
    const p = ctx.progress('tasks', total);
    for (let i = 0; i < total; i++) {
      const start = NOW - YEARS3 + rnd.next() * (YEARS3 + AHEAD);
      // Created a few days before it is due (never after the data set's now).
      const created = Math.min(NOW, start - rnd.int(10 * DAY));
      const type = TYPES.pick(rnd);
      const allDay = type === 'todo' && rnd.chance(0.6);
      // Timed tasks sit in working hours, Kyiv (UTC+2/+3): on the quarter hour between 06:00 and 15:45 UTC.
      const dayStart = Math.floor(start / DAY) * DAY;
      const due = allDay
        ? { dueAt: null, dueDate: new Date(start).toISOString().slice(0, 10) }
        : { dueAt: new Date(dayStart + (6 * 60 + 15 * rnd.int(40)) * 60_000).toISOString(), dueDate: null };
      const timing = timingOf(due, tz);
      const deadline = Date.parse(timing.deadline_at as string);
      const past = NOW - deadline;
      const r = rnd.next();
      const status =
        past > 7 * DAY
          ? r < 0.86
            ? 'done'
            : r < 0.93
              ? 'cancelled'
              : 'open'
          : past > 0
            ? r < 0.5
              ? 'done'
              : r < 0.55
                ? 'cancelled'
                : 'open'
            : r < 0.9
              ? 'open'
              : r < 0.97
                ? 'in_progress'
                : 'done';
      const isOpen = status === 'open' || status === 'in_progress';
      const who = assignee();
      const creator = rnd.chance(0.7) ? who : rnd.int(users.length);
      const id = uuidv7At(created, rnd);
      const createdIso = new Date(created).toISOString();
      const completed = status === 'done' ? Math.min(NOW, deadline - rnd.int(DAY)) : null;
      const future = deadline > NOW;
      const anchor = reminderAnchor(due, tz) as number;
      const reminders =
        isOpen && future && rnd.chance(0.7) ? rnd.pick(REMINDERS).filter((x) => anchor - x.minutesBefore * 60_000 > NOW) : [];
      const recurs = isOpen && future && !allDay && rnd.chance(0.003);
      const contact = c.ids.length && rnd.chance(0.6) ? rnd.int(c.ids.length) : -1;
      const companyIdx = contact >= 0 ? (c.company[contact] as number) : -1;
      const link = rnd.next();
      const pending = tw.push([
        id,
        rnd.pick(TITLES[type] ?? ['Завдання']),
        '',
        type,
        timing.due_at,
        timing.due_date,
        timing.starts_at,
        timing.deadline_at,
        type === 'meeting' ? 60 : type === 'call' ? 15 : null,
        PRIORITY.pick(rnd),
        status,
        isOpen,
        status === 'done' ? 100 : status === 'in_progress' ? rnd.pick([25, 50, 75]) : 0,
        [],
        userId(users, who),
        userId(users, creator),
        contact < 0 ? null : (c.ids[contact] ?? null),
        companyIdx < 0 ? null : (co.ids[companyIdx] ?? null),
        link < 0.1 && deals.ids.length ? rnd.pick(deals.ids) : null,
        link >= 0.1 && link < 0.15 && leads.ids.length ? rnd.pick(leads.ids) : null,
        link >= 0.15 && link < 0.2 && orders.ids.length ? rnd.pick(orders.ids) : null,
        null,
        recurs ? normalizeRule('FREQ=WEEKLY', wallOf(Date.parse(due.dueAt as string), tz)) : null,
        recurs ? wallText(wallOf(Date.parse(due.dueAt as string), tz)) : null,
        recurs ? id : null,
        reminders,
        tz,
        status === 'done' && type === 'call' ? rnd.pick(['answered', 'no_answer', 'ordered']) : null,
        completed === null ? null : new Date(completed).toISOString(),
        isOpen && timing.deadline_at && timing.deadline_at > nowIso ? timing.deadline_at : null,
        createdIso,
        completed === null ? createdIso : new Date(completed).toISOString(),
      ]);
      if (pending) await pending;
      if (rnd.chance(0.05)) await wait(ww.push([id, userId(users, rnd.int(users.length)), createdIso, createdIso]));
      const remindWho = userId(users, who) ?? userId(users, creator);
      if (remindWho) {
        for (const x of reminders) {
          const fire = new Date(anchor - x.minutesBefore * 60_000).toISOString();
          await wait(rw.push([uuidv7At(created, rnd), id, remindWho, x.minutesBefore, fire, null, createdIso, createdIso]));
        }
      }
      p.tick();
    }
    await tw.end();
    await ww.end();
    await rw.end();
    p.done();
  },
};
