import {
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box, Text, VisuallyHidden } from '@mantine/core';
import type { CalendarEvent } from '@spilno/schema';
import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AllDayCell, DayColumn } from './GridColumns.tsx';
import { changeOf, keyStep, type Landing, landingAt, landingOf } from './gridDrag.ts';
import { dayKey, eventDay } from './range.ts';
import { HOUR_PX, OPEN_AT_HOUR } from './timeGrid.ts';
import type { Reschedule } from './useReschedule.tsx';

type Props = {
  days: Date[];
  events: CalendarEvent[];
  onOpen: (e: CalendarEvent) => void;
  onChange: (e: CalendarEvent, change: Reschedule) => void;
};

const GUTTER = 48;
/** Labels at 1:00 … 23:00; midnight is the top edge. */
const HOURS = Array.from({ length: 23 }, (_, i) => i + 1);

/** Re-renders every minute, for the "now" line. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The week and day views: all-day tasks in a strip on top, timed ones on an hour grid by their
 * time and length. Mouse drags at once, touch after a long press (a swipe scrolls), keys as
 * described in `GridEvent`.
 */
export function TimeGrid({ days, events, onOpen, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);
  const dragEndedAt = useRef(0);
  const [preview, setPreview] = useState<Landing | null>(null);
  const [draft, setDraft] = useState<Landing | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const fmt = useMemo(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
    return {
      time,
      hour: new Intl.DateTimeFormat(i18n.language, { hour: 'numeric' }),
      weekday: new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }),
      long: new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' }),
      range: (start: Date, minutes: number) =>
        `${time.format(start)}–${time.format(new Date(start.getTime() + minutes * 60_000))}`,
    };
  }, [i18n.language]);

  // Opens on the working day, not at midnight; only when the grid first appears.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = OPEN_AT_HOUR * HOUR_PX - 8;
  }, []);

  const allDay = (d: Date) => events.filter((e) => e.allDay && eventDay(e) === dayKey(d));
  const timed = events.filter((e) => !e.allDay);
  const describe = (l: Landing) =>
    `${fmt.long.format(l.day)}${l.allDay ? `, ${t('calendar.grid.allDay')}` : `, ${fmt.range(l.start, l.durationMin)}`}`;

  const move = ({ active, over, delta }: DragMoveEvent) => setPreview(landingOf(active, over, delta.y));
  const end = ({ active, over, delta }: DragEndEvent) => {
    setPreview(null);
    dragEndedAt.current = Date.now();
    const landing = landingOf(active, over, delta.y);
    const change = landing && changeOf(landing);
    if (landing && change) onChange(landing.event, change);
  };
  const onKey = (event: CalendarEvent, day: Date, key: KeyboardEvent) => {
    const current = draft?.event.key === event.key ? draft : landingAt(event, day);
    if (key.key === 'Escape' && draft) {
      key.preventDefault();
      setDraft(null);
    } else if (key.key === 'Enter' && draft?.event.key === event.key) {
      key.preventDefault();
      setDraft(null);
      const change = changeOf(draft);
      if (change) onChange(event, change);
    } else {
      const next = keyStep(current, key.key, key.shiftKey, days);
      if (!next) return;
      key.preventDefault();
      setDraft(next);
    }
  };
  const ghost = preview ?? draft;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      accessibility={{ screenReaderInstructions: { draggable: t('calendar.grid.instructions') } }}
      onDragMove={move}
      onDragCancel={() => setPreview(null)}
      onDragEnd={end}
    >
      <VisuallyHidden aria-live="polite">
        {draft ? `${draft.event.title}: ${describe(draft)}. ${t('calendar.grid.confirm')}` : ''}
      </VisuallyHidden>
      <Box style={{ overflowX: 'auto' }} role="region" aria-label={t('calendar.grid.label')}>
        <Box miw={days.length > 1 ? GUTTER + days.length * 96 : undefined}>
          <Box style={{ display: 'grid', gridTemplateColumns: `${GUTTER}px repeat(${days.length}, minmax(0, 1fr))` }}>
            <Text size="xs" c="dimmed" ta="right" pr={6} style={{ alignSelf: 'end' }}>
              {t('calendar.grid.allDay')}
            </Text>
            {days.map((d) => (
              <AllDayCell
                key={dayKey(d)}
                day={d}
                header={`${fmt.weekday.format(d)} ${d.getDate()}`}
                today={dayKey(d) === dayKey(now)}
                events={allDay(d)}
                ghost={ghost?.allDay && dayKey(ghost.day) === dayKey(d) ? ghost : null}
                onOpen={onOpen}
                onKey={onKey}
                suppressClick={() => Date.now() - dragEndedAt.current < 300}
              />
            ))}
          </Box>
          <Box
            ref={scroller}
            data-testid="time-grid"
            style={{
              height: 'max(360px, calc(100dvh - 330px))',
              overflowY: 'auto',
              display: 'grid',
              gridTemplateColumns: `${GUTTER}px repeat(${days.length}, minmax(0, 1fr))`,
              borderTop: '1px solid var(--mantine-color-default-border)',
            }}
          >
            <Box pos="relative" style={{ height: 24 * HOUR_PX }}>
              {HOURS.map((hour) => (
                <Text
                  key={hour}
                  size="xs"
                  c="dimmed"
                  ta="right"
                  pr={6}
                  pos="absolute"
                  right={0}
                  style={{ top: hour * HOUR_PX - 8, lineHeight: '16px' }}
                >
                  {fmt.hour.format(new Date(2000, 0, 1, hour))}
                </Text>
              ))}
            </Box>
            {days.map((d) => (
              <DayColumn
                key={dayKey(d)}
                day={d}
                now={dayKey(d) === dayKey(now) ? now : null}
                events={timed}
                ghost={ghost && !ghost.allDay && dayKey(ghost.day) === dayKey(d) ? ghost : null}
                ghostText={ghost ? fmt.range(ghost.start, ghost.durationMin) : ''}
                timeText={(e) =>
                  e.allDay
                    ? t('calendar.grid.allDay')
                    : fmt.range(new Date(e.start), (Date.parse(e.end) - Date.parse(e.start)) / 60_000)
                }
                onOpen={onOpen}
                onKey={onKey}
                suppressClick={() => Date.now() - dragEndedAt.current < 300}
              />
            ))}
          </Box>
        </Box>
      </Box>
    </DndContext>
  );
}
