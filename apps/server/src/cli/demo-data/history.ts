import type { activityCreate, CALL_OUTCOMES } from '@spilno/schema';
import type { z } from 'zod';
import type { Lang } from './names.ts';
import type { Rng } from './random.ts';
import { TEXTS } from './texts.ts';

/** A timeline entry before it is linked to its contact or company. */
export type DemoActivity = Omit<z.output<typeof activityCreate>, 'contactId' | 'companyId'>;

const DAY = 86_400_000;
export const YEAR = 365 * DAY;

type Outcome = (typeof CALL_OUTCOMES)[number];
/** How calls really end: most get through, many don't, a few turn into an order on the spot. */
const OUTCOMES: [Outcome, number][] = [
  ['answered', 34],
  ['no_answer', 18],
  ['busy', 6],
  ['callback', 12],
  ['ordered', 14],
  ['left_message', 7],
  ['not_interested', 6],
  ['wrong_number', 3],
];
const TYPES: [DemoActivity['type'], number][] = [
  ['call', 40],
  ['note', 18],
  ['email', 18],
  ['sms', 14],
  ['meeting', 10],
];

function weighted<T>(rnd: Rng, items: [T, number][]): T {
  let u = rnd.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    u -= w;
    if (u < 0) return item;
  }
  return (items[0] as [T, number])[0];
}

function call(lang: Lang, rnd: Rng): Pick<DemoActivity, 'body' | 'direction' | 'durationSec' | 'outcome'> {
  const t = TEXTS[lang].call;
  const outcome = weighted(rnd, OUTCOMES);
  const direction = rnd.chance(0.7) ? 'outbound' : 'inbound';
  // `other` lists, in order, what is said after a voicemail, a refusal and a wrong number.
  const other = { left_message: 0, not_interested: 1, wrong_number: 2 } as Partial<Record<Outcome, number>>;
  if (outcome === 'no_answer' || outcome === 'busy')
    return { outcome, direction: 'outbound', durationSec: 0, body: rnd.pick(t.no_answer) };
  if (outcome in other) return { outcome, direction, durationSec: rnd.between(10, 90), body: t.other[other[outcome] ?? 0] ?? '' };
  const body = rnd.pick(t[outcome as 'answered' | 'callback' | 'ordered']);
  return { outcome, direction, durationSec: rnd.between(40, outcome === 'callback' ? 120 : 900), body };
}

function entry(lang: Lang, rnd: Rng, occurredAt: string): DemoActivity {
  const t = TEXTS[lang];
  const type = weighted(rnd, TYPES);
  const base = { type, occurredAt, pinned: false };
  if (type === 'call') return { ...base, ...call(lang, rnd) };
  if (type === 'note') return { ...base, body: rnd.pick(t.notes) };
  if (type === 'email')
    return { ...base, direction: rnd.chance(0.75) ? 'outbound' : 'inbound', subject: rnd.pick(t.emails), body: '' };
  if (type === 'sms') return { ...base, direction: 'outbound', body: rnd.pick(t.sms) };
  return { ...base, subject: rnd.pick(t.meetings), body: '' };
}

/**
 * A customer's year, oldest first: a heavy-tailed count (most have a handful of entries, a few
 * regulars dozens) spread between when they first appeared and now, sometimes with a pinned note.
 */
export function demoHistory(lang: Lang, rnd: Rng, now: number, scale = 1): DemoActivity[] {
  const count = Math.min(40, Math.floor((1 + 1.8 / (1 - rnd.next()) ** (1 / 1.5)) * scale));
  // Most customers were already around a year ago, so the early months are not empty.
  const since = now - (1 - 0.8 * rnd.next() ** 2) * YEAR;
  const times = Array.from({ length: count }, () => since + rnd.next() * (now - since)).sort((a, b) => a - b);
  const out = times.map((t) => entry(lang, rnd, new Date(t).toISOString()));
  if (rnd.chance(0.15)) {
    out.unshift({ type: 'note', body: rnd.pick(TEXTS[lang].pinned), pinned: true, occurredAt: new Date(since).toISOString() });
  }
  return out;
}
