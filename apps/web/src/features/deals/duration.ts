import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "3 days 4 hr", "2 hr 5 min", "12 min": the two largest units of a span, in the reader's language. */
export function useDuration() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const unit = (u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(lng, { style: 'unit', unit: u, unitDisplay: 'short' });
    const [day, hour, minute] = [unit('day'), unit('hour'), unit('minute')];
    return (seconds: number) => {
      const d = Math.floor(seconds / 86_400);
      const h = Math.floor((seconds % 86_400) / 3600);
      const m = Math.floor((seconds % 3600) / 60);
      if (d) return h ? `${day.format(d)} ${hour.format(h)}` : day.format(d);
      if (h) return m ? `${hour.format(h)} ${minute.format(m)}` : hour.format(h);
      return minute.format(m);
    };
  }, [lng]);
}

/** Seconds spent in each stage over all visits (a deal may come back to a stage). */
export function timeByStage(history: readonly { stageId: string; seconds: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of history) out.set(v.stageId, (out.get(v.stageId) ?? 0) + v.seconds);
  return out;
}
