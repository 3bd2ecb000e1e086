import { useDraggable } from '@dnd-kit/core';
import { Box, Text, UnstyledButton } from '@mantine/core';
import type { CalendarEvent } from '@spilno/schema';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DragData } from './gridDrag.ts';
import { PX_PER_MIN } from './timeGrid.ts';

export const EVENT_COLORS = { call: 'blue', meeting: 'grape', email: 'cyan', todo: 'gray', follow_up: 'orange' } as const;
export const colorOf = (e: CalendarEvent): string => (e.source === 'meeting' ? 'grape' : EVENT_COLORS[e.type ?? 'todo']);
export const canMove = (e: CalendarEvent): boolean => e.source === 'task' && Boolean(e.taskId);

type Props = {
  event: CalendarEvent;
  day: Date;
  /** Timed events: minutes into the day and their lane; all-day chips have none. */
  place?: { top: number; bottom: number; lane: number; lanes: number };
  timeText: string;
  onOpen: (e: CalendarEvent) => void;
  onKey: (e: CalendarEvent, day: Date, key: KeyboardEvent) => void;
  /** Set right after a drag, so the click that ends it does not also open the task. */
  suppressClick: () => boolean;
};

/**
 * A task or meeting in the grid: drag it to move it, drag its bottom edge to change its length, or
 * focus it and use the arrow keys (Shift changes the length), Enter to save and Escape to cancel.
 */
export function GridEvent({ event, day, place, timeText, onOpen, onKey, suppressClick }: Props) {
  const { t } = useTranslation();
  const movable = canMove(event);
  const data: DragData = { event, kind: 'move', day };
  const move = useDraggable({ id: `move:${event.key}:${day.getTime()}`, data, disabled: !movable });
  const resize = useDraggable({
    id: `resize:${event.key}:${day.getTime()}`,
    data: { ...data, kind: 'resize' },
    disabled: !movable || !place,
  });
  const color = colorOf(event);
  const shift = move.transform ? `translate3d(${move.transform.x}px, ${move.transform.y}px, 0)` : undefined;
  const style: CSSProperties = place
    ? {
        position: 'absolute',
        top: place.top * PX_PER_MIN,
        height: Math.max(14, (place.bottom - place.top) * PX_PER_MIN - 1),
        left: `calc(${(place.lane / place.lanes) * 100}% + 1px)`,
        width: `calc(${100 / place.lanes}% - 3px)`,
      }
    : { position: 'relative', display: 'block', width: '100%' };
  const short = place ? (place.bottom - place.top) * PX_PER_MIN < 34 : true;
  const title = event.source === 'meeting' ? `${t('calendar.meeting')}: ${event.title}` : event.title;

  return (
    <UnstyledButton
      ref={move.setNodeRef}
      {...move.listeners}
      {...move.attributes}
      role="button"
      data-testid="calendar-event"
      data-event-key={event.key}
      aria-label={`${title}, ${timeText}`}
      aria-roledescription={movable ? t('calendar.grid.movable') : undefined}
      title={`${title}\n${timeText}`}
      onClick={() => !suppressClick() && onOpen(event)}
      onKeyDown={(k) => (movable ? onKey(event, day, k) : undefined)}
      style={{
        ...style,
        transform: shift,
        zIndex: move.isDragging || resize.isDragging ? 20 : 1,
        opacity: move.isDragging ? 0.85 : 1,
        overflow: 'hidden',
        padding: place ? '1px 4px' : '0 6px',
        borderRadius: 4,
        borderLeft: `3px solid var(--mantine-color-${color}-filled)`,
        background: event.projected
          ? 'var(--mantine-color-body)'
          : `color-mix(in srgb, var(--mantine-color-${color}-light) 100%, var(--mantine-color-body))`,
        outline: event.projected ? `1px dashed var(--mantine-color-${color}-outline)` : undefined,
        boxShadow: move.isDragging ? 'var(--mantine-shadow-md)' : undefined,
        cursor: movable ? 'grab' : 'pointer',
        touchAction: 'manipulation',
        textDecoration: event.status === 'done' ? 'line-through' : undefined,
      }}
    >
      <Text
        component="span"
        display="block"
        size="xs"
        fw={600}
        lh={1.25}
        truncate={short ? 'end' : undefined}
        lineClamp={short ? undefined : 3}
      >
        {short && place ? `${timeText.split('–')[0]} ${title}` : title}
      </Text>
      {!short && (
        <Text component="span" display="block" size="xs" c="dimmed" lh={1.2} truncate="end">
          {timeText}
        </Text>
      )}
      {place && movable && (
        <Box
          component="span"
          ref={resize.setNodeRef}
          {...resize.listeners}
          aria-hidden
          data-testid="calendar-event-resize"
          style={{
            position: 'absolute',
            display: 'block',
            left: 0,
            right: 0,
            bottom: 0,
            height: 8,
            cursor: 'ns-resize',
            touchAction: 'none',
          }}
        />
      )}
    </UnstyledButton>
  );
}
