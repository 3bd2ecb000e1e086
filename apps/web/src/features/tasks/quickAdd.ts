import type { TaskCreate } from '@spilno/schema';

/** Day words in English, Ukrainian, Russian and Italian; longer phrases first so they win. */
const DAYS: [RegExp, number][] = [
  [/\b(day after tomorrow)\b|(^|\s)(післязавтра|послезавтра|dopodomani)(?=\s|$)/iu, 2],
  [/\b(tomorrow)\b|(^|\s)(завтра|domani)(?=\s|$)/iu, 1],
  [/\b(today|tonight)\b|(^|\s)(сьогодні|сегодня|oggi|stasera)(?=\s|$)/iu, 0],
];
/** `10:00`, `9.30`, `at 10`, `о 10`, `в 10`, `alle 10`, `10am`, `7 pm`. */
const TIME = /(?:^|\s)(?:(?:at|о|об|в|alle|all'|ore)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?(?=\s|$)/iu;
const TYPES: [RegExp, TaskCreate['type']][] = [
  [/^(call|ring|подзвонити|зателефонувати|позвонить|перезвонить|chiamare|chiama|telefonare)(?=\s|$)/iu, 'call'],
  [/^(email|mail|write|написати|написать|scrivere|scrivi)(?=\s|$)/iu, 'email'],
  [/^(meet|meeting|зустріч|зустрітися|встреча|встретиться|incontro|incontrare)(?=\s|$)/iu, 'meeting'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export type QuickTask = Pick<TaskCreate, 'title' | 'type' | 'dueAt' | 'dueDate'>;

/**
 * "Call Ivan tomorrow 10:00" → a call titled "Call Ivan", due tomorrow at 10:00 local time. A day
 * without a time makes an all-day task; a time without a day means today (tomorrow if it passed).
 */
export function parseQuickAdd(text: string, now = new Date()): QuickTask {
  let rest = ` ${text.trim()} `;
  let days: number | null = null;
  for (const [re, offset] of DAYS) {
    if (re.test(rest)) {
      days = offset;
      rest = rest.replace(re, ' ');
      break;
    }
  }
  let time: [number, number] | null = null;
  const m = TIME.exec(rest);
  const hasMarker = m && (/[:.]/.test(m[0]) || m[3] || /(^|\s)(at|о|об|в|alle|all'|ore)\s/iu.test(m[0]));
  if (m && hasMarker) {
    let h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    if (m[3]?.toLowerCase() === 'pm' && h < 12) h += 12;
    if (m[3]?.toLowerCase() === 'am' && h === 12) h = 0;
    if (h < 24 && min < 60) {
      time = [h, min];
      rest = rest.replace(m[0], ' ');
    }
  }
  const title = rest.replace(/\s+/g, ' ').trim() || text.trim();
  const type = TYPES.find(([re]) => re.test(title))?.[1] ?? 'todo';
  const day = new Date(now);
  day.setDate(day.getDate() + (days ?? 0));
  if (time) {
    day.setHours(time[0], time[1], 0, 0);
    if (days === null && day <= now) day.setDate(day.getDate() + 1);
    return { title, type, dueAt: day.toISOString() };
  }
  return days === null ? { title, type } : { title, type, dueDate: localDate(day) };
}
