import { useDroppable } from '@dnd-kit/core';
import { Box, Stack, Text } from '@mantine/core';
import type { CalendarEvent } from '@spilno/schema';
import type { KeyboardEvent } from 'react';
import { GridEvent } from './GridEvent.tsx';
import { columnAttr, type DropData, type Landing } from './gridDrag.ts';
import { dayKey } from './range.ts';
import { HOUR_PX, layoutDay, minutesInto, PX_PER_MIN } from './timeGrid.ts';

type Shared = {
  day: Date;
  ghost: Landing | null;
  onOpen: (e: CalendarEvent) => void;
  onKey: (e: CalendarEvent, day: Date, key: KeyboardEvent) => void;
  suppressClick: () => boolean;
};

// Hour lines solid, half-hour lines dotted: the 30-minute slots the grid is read in.
const SLOTS = `repeating-linear-gradient(to bottom, var(--mantine-color-default-border) 0 1px, transparent 1px ${HOUR_PX / 2}px, var(--mantine-color-gray-light) ${HOUR_PX / 2}px ${HOUR_PX / 2 + 1}px, transparent ${HOUR_PX / 2 + 1}px ${HOUR_PX}px)`;

/** One day of the hour grid: a drop target for timed events, with the "now" line on today. */
export function DayColumn({
  day,
  now,
  events,
  ghost,
  ghostText,
  timeText,
  onOpen,
  onKey,
  suppressClick,
}: Shared & { now: Date | null; events: CalendarEvent[]; ghostText: string; timeText: (e: CalendarEvent) => string }) {
  const data: DropData = { zone: 'time', day };
  const { setNodeRef, isOver } = useDroppable({ id: `time:${dayKey(day)}`, data });
  const placed = layoutDay(events, day);
  return (
    <Box
      ref={setNodeRef}
      {...{ [columnAttr]: dayKey(day) }}
      pos="relative"
      style={{
        height: 24 * HOUR_PX,
        borderLeft: '1px solid var(--mantine-color-default-border)',
        backgroundImage: SLOTS,
        backgroundColor: isOver ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      {placed.map((p) => (
        <GridEvent
          key={p.event.key}
          event={p.event}
          day={day}
          place={p}
          timeText={timeText(p.event)}
          onOpen={onOpen}
          onKey={onKey}
          suppressClick={suppressClick}
        />
      ))}
      {ghost && (
        <Box
          data-testid="calendar-ghost"
          pos="absolute"
          left={2}
          right={2}
          px={4}
          style={{
            top: minutesInto(ghost.start, day) * PX_PER_MIN,
            height: Math.max(14, ghost.durationMin * PX_PER_MIN - 1),
            border: '2px dashed var(--mantine-color-blue-filled)',
            borderRadius: 4,
            zIndex: 10,
            pointerEvents: 'none',
            background: 'color-mix(in srgb, var(--mantine-color-blue-light) 60%, transparent)',
          }}
        >
          <Text size="xs" fw={700} c="blue">
            {ghostText}
          </Text>
        </Box>
      )}
      {now && (
        <Box
          aria-hidden
          data-testid="calendar-now"
          pos="absolute"
          left={0}
          right={0}
          style={{ top: minutesInto(now, day) * PX_PER_MIN, height: 2, background: 'var(--mantine-color-red-filled)', zIndex: 5 }}
        />
      )}
    </Box>
  );
}

/** A day's header and its all-day tasks; dropping a timed task here makes it all-day. */
export function AllDayCell({
  day,
  header,
  today,
  events,
  ghost,
  onOpen,
  onKey,
  suppressClick,
}: Shared & { header: string; today: boolean; events: CalendarEvent[] }) {
  const data: DropData = { zone: 'all-day', day };
  const { setNodeRef, isOver } = useDroppable({ id: `all-day:${dayKey(day)}`, data });
  return (
    <Box
      ref={setNodeRef}
      data-all-day={dayKey(day)}
      p={2}
      style={{
        minWidth: 0,
        minHeight: 56,
        borderLeft: '1px solid var(--mantine-color-default-border)',
        background: isOver || ghost ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Text size="xs" ta="center" fw={today ? 700 : 500} c={today ? 'blue' : undefined} mb={2}>
        {header}
      </Text>
      <Stack gap={2}>
        {events.map((e) => (
          <GridEvent
            key={e.key}
            event={e}
            day={day}
            timeText={header}
            onOpen={onOpen}
            onKey={onKey}
            suppressClick={suppressClick}
          />
        ))}
      </Stack>
    </Box>
  );
}
