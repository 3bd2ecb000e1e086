import rrulePkg from 'rrule';
import { AppError } from '../../http/errors.ts';
import { floating, type Wall, wallOfFloating, wallText } from './zoned-time.ts';

// rrule ships CommonJS; Node exposes its exports on the default import only.
const { rrulestr, RRule } = rrulePkg;
type Rule = InstanceType<typeof RRule>;

/** A calendar can ask for at most this many occurrences of one series at once. */
const MAX_OCCURRENCES = 400;

function invalid(message: string): AppError {
  return new AppError('invalid', message, [{ path: 'rrule', message }]);
}

/**
 * Occurrences are computed on the series' local wall time ("floating" UTC for rrule), so a daily
 * 09:00 in Kyiv stays 09:00 after the clocks change; the caller turns each into an instant.
 */
function ruleFrom(text: string, start: Wall): Rule {
  const body = text.replace(/^RRULE:/i, '');
  if (/DTSTART|\n/i.test(body)) throw invalid('Give only the RRULE value; the start is the due date.');
  let rule: Rule;
  try {
    rule = rrulestr(`RRULE:${body}`, { dtstart: new Date(floating(start)) }) as Rule;
  } catch {
    throw invalid('This is not a valid RFC 5545 recurrence rule.');
  }
  if (rule.options.freq === undefined || rule.options.freq === null) throw invalid('The rule needs a FREQ.');
  return rule;
}

/** Checks the rule and returns it in its canonical form; a rule that never fires is refused. */
export function normalizeRule(text: string, start: Wall): string {
  const rule = ruleFrom(text, start);
  if (!rule.after(new Date(floating(start)), true)) throw invalid('The rule ends before the task starts.');
  return rule.toString().replace(/^(DTSTART[^\n]*\n)?RRULE:/, '');
}

/** The next occurrence strictly after `after`, or null when the series is over. */
export function nextOccurrence(text: string, seriesStart: Wall, after: Wall): Wall | null {
  const next = ruleFrom(text, seriesStart).after(new Date(floating(after)), false);
  return next ? wallOfFloating(next.getTime()) : null;
}

/** Occurrences from `fromWall` (inclusive) up to `toMs` floating, for the calendar. */
export function occurrencesBetween(text: string, seriesStart: Wall, fromWall: Wall, toFloating: number): Wall[] {
  const list: Wall[] = [];
  ruleFrom(text, seriesStart).between(new Date(floating(fromWall)), new Date(toFloating), true, (d) => {
    list.push(wallOfFloating(d.getTime()));
    return list.length < MAX_OCCURRENCES;
  });
  return list;
}

const ruleText = (rule: Rule): string => rule.toString().replace(/^(DTSTART[^\n]*\n)?RRULE:/, '');

/** Like `nextOccurrence`, but skipping the wall times the series no longer produces. */
export function nextKeptOccurrence(text: string, seriesStart: Wall, after: Wall, exdates: readonly string[]): Wall | null {
  const skipped = new Set(exdates);
  let wall = nextOccurrence(text, seriesStart, after);
  while (wall && skipped.has(wallText(wall))) wall = nextOccurrence(text, seriesStart, wall);
  return wall;
}

/** The rule cut so its last occurrence comes before `before` (UNTIL in floating time, COUNT dropped). */
export function ruleEndingBefore(text: string, seriesStart: Wall, before: Wall): string {
  const { count: _count, ...options } = ruleFrom(text, seriesStart).origOptions;
  return ruleText(new RRule({ ...options, until: new Date(floating(before) - 60_000) }));
}

/**
 * The rule for a series that continues from occurrence `from`: a COUNT keeps only the occurrences
 * still to come, so splitting a series never adds any.
 */
export function ruleContinuingAt(text: string, seriesStart: Wall, from: Wall): string {
  const rule = ruleFrom(text, seriesStart);
  const count = rule.origOptions.count;
  if (!count) return text;
  const before = rule.between(new Date(floating(seriesStart) - 1), new Date(floating(from)), false).length;
  const { dtstart: _dtstart, ...options } = rule.origOptions;
  return ruleText(new RRule({ ...options, count: Math.max(1, count - before) }));
}
