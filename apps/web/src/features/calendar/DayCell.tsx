import { Badge, Box, Stack, Text, UnstyledButton } from '@mantine/core';
import type { CalendarEvent } from '@spilno/schema';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COLORS = { call: 'blue', meeting: 'grape', email: 'cyan', todo: 'gray', follow_up: 'orange' } as const;
export const DRAG_TYPE = 'application/x-spilno-task';

type Props = {
  day: Date;
  label: string;
  muted: boolean;
  today: boolean;
  events: CalendarEvent[];
  /** Events of the day the answer left out (a busy team's month); a link opens the day. */
  more?: number;
  onMore?: () => void;
  minHeight: number;
  /** Called with the event's key, so an occurrence of a series opens as that occurrence. */
  onOpen: (eventKey: string) => void;
  onDrop: (eventKey: string, day: Date) => void;
};

/** One day of the month grid or the agenda: its events, each task draggable to another day. */
export function DayCell({ day, label, muted, today, events, more = 0, onMore, minHeight, onOpen, onDrop }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const key = e.dataTransfer.getData(DRAG_TYPE);
    if (key) onDrop(key, day);
  };
  return (
    <Box
      data-day={label}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setOver(true);
        }
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      p={4}
      style={{
        minHeight,
        minWidth: 0,
        border: '1px solid var(--mantine-color-default-border)',
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
        opacity: muted ? 0.55 : 1,
      }}
    >
      <Text size="xs" fw={today ? 700 : 400} c={today ? 'blue' : undefined}>
        {day.getDate()}
      </Text>
      <Stack gap={2}>
        {events.map((e) => {
          const time = e.allDay ? '' : `${new Date(e.start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} `;
          const draggable = e.source === 'task';
          return (
            <UnstyledButton
              key={e.key}
              data-testid="calendar-event"
              draggable={draggable}
              onDragStart={(d) => d.dataTransfer.setData(DRAG_TYPE, e.key)}
              onClick={() => e.taskId && onOpen(e.key)}
              title={e.title}
            >
              <Badge
                fullWidth
                size="sm"
                radius="sm"
                variant={e.projected ? 'outline' : 'light'}
                color={e.source === 'meeting' ? 'grape' : COLORS[e.type ?? 'todo']}
                td={e.status === 'done' ? 'line-through' : undefined}
                style={{ textTransform: 'none', justifyContent: 'flex-start', cursor: draggable ? 'grab' : 'pointer' }}
              >
                {time}
                {e.source === 'meeting' ? `${t('calendar.meeting')}: ${e.title}` : e.title}
              </Badge>
            </UnstyledButton>
          );
        })}
        {more > 0 && (
          <UnstyledButton onClick={onMore} data-testid="calendar-more">
            <Text size="xs" c="blue">
              {t('calendar.more', { count: more })}
            </Text>
          </UnstyledButton>
        )}
      </Stack>
    </Box>
  );
}
