import { ActionIcon, Alert, Box, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CalendarEvent } from '@spilno/schema';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { useCurrentUser } from '../auth/session.ts';
import { TaskDrawer } from '../tasks/TaskDrawer.tsx';
import { useCalendar } from './calendar.api.ts';
import { DayCell } from './DayCell.tsx';
import { FeedButton } from './FeedButton.tsx';
import { type CalendarView, dayKey, daysOf, eventDay, moveToDay, spanDays, step } from './range.ts';
import { TimeGrid } from './TimeGrid.tsx';
import { useReschedule } from './useReschedule.tsx';

const VIEWS: CalendarView[] = ['month', 'week', 'day', 'agenda'];
/** A month cell shows this many events and "+N more"; the server sends no more than that per day. */
const MONTH_PER_DAY = 4;

/**
 * Tasks and meetings by month, on an hour grid by week or day, or as an agenda; drag a task to
 * another day or time to move it.
 */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { can } = useAbilities();
  // Read at once, not after the first render, so a phone opens on the agenda rather than a month grid too wide for it.
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [view, setView] = useState<CalendarView>(phone ? 'agenda' : 'month');
  const [anchor, setAnchor] = useState(() => new Date());
  const [who, setWho] = useState<string>('me');
  const [opened, setOpened] = useState<CalendarEvent | null>(null);
  const days = useMemo(() => daysOf(view, anchor), [view, anchor]);
  const { from, to } = spanDays(days);
  const query = useCalendar(from, to, who === 'me' ? user.id : undefined, view === 'month' ? MONTH_PER_DAY : undefined);
  const dayCounts = useMemo(() => new Map(query.data?.days?.map((d) => [d.date, d.count])), [query.data]);
  const { reschedule, dialog } = useReschedule();
  const byDay = useMemo(() => {
    const map = new Map<string, CalendarEvent[]>();
    for (const e of query.data?.items ?? []) map.set(eventDay(e), [...(map.get(eventDay(e)) ?? []), e]);
    return map;
  }, [query.data]);

  const move = (key: string, day: Date) => {
    const e = query.data?.items.find((x) => x.key === key);
    if (!e?.taskId || eventDay(e) === dayKey(day)) return;
    reschedule(e, e.allDay ? { dueDate: dayKey(day) } : { dueAt: moveToDay(e.start, day) });
  };
  const openEvent = (e: CalendarEvent) => e.taskId && setOpened(e);
  const openKey = (key: string) => setOpened(query.data?.items.find((x) => x.key === key) ?? null);
  const title = new Intl.DateTimeFormat(
    i18n.language,
    view === 'month' ? { month: 'long', year: 'numeric' } : { dateStyle: 'medium' },
  ).format(view === 'month' ? anchor : days[0]);
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' });
  const todayKey = dayKey(new Date());
  const hours = view === 'week' || view === 'day';

  return (
    <Stack>
      <PageHeader title={t('calendar.title')} actions={<FeedButton />} />
      <Group justify="space-between" gap="xs">
        <Group gap={4}>
          <ActionIcon variant="default" aria-label={t('calendar.previous')} onClick={() => setAnchor(step(view, anchor, -1))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Button variant="default" size="xs" onClick={() => setAnchor(new Date())}>
            {t('calendar.today')}
          </Button>
          <ActionIcon variant="default" aria-label={t('calendar.next')} onClick={() => setAnchor(step(view, anchor, 1))}>
            <IconChevronRight size={16} />
          </ActionIcon>
          <Text fw={600} ml="xs">
            {title}
          </Text>
        </Group>
        <Group gap="xs">
          {can('calendar.read.all') && (
            <Select
              size="xs"
              w={150}
              aria-label={t('calendar.mine')}
              data={[
                { value: 'me', label: t('calendar.mine') },
                { value: 'all', label: t('calendar.everyone') },
              ]}
              value={who}
              onChange={(v) => setWho(v ?? 'me')}
              allowDeselect={false}
            />
          )}
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as CalendarView)}
            data={VIEWS.map((v) => ({ value: v, label: t(`calendar.${v}`) }))}
          />
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {hours ? t('calendar.grid.hint') : t('calendar.dragHint')}
      </Text>
      {query.data?.truncated && !query.data.days && (
        <Alert color="yellow" variant="light">
          {t('calendar.truncated')}
        </Alert>
      )}
      {hours ? (
        <TimeGrid days={days} events={query.data?.items ?? []} onOpen={openEvent} onChange={reschedule} />
      ) : view === 'month' ? (
        <Box style={{ overflowX: 'auto' }}>
          <SimpleGrid cols={7} spacing={0} verticalSpacing={0} miw={phone ? 640 : undefined}>
            {days.slice(0, 7).map((d) => (
              <Text key={d.toISOString()} size="xs" c="dimmed" ta="center">
                {weekday.format(d)}
              </Text>
            ))}
            {days.map((d) => (
              <DayCell
                key={dayKey(d)}
                day={d}
                label={dayKey(d)}
                muted={d.getMonth() !== anchor.getMonth()}
                today={dayKey(d) === todayKey}
                events={byDay.get(dayKey(d)) ?? []}
                more={(dayCounts.get(dayKey(d)) ?? 0) - (byDay.get(dayKey(d))?.length ?? 0)}
                onMore={() => {
                  setAnchor(d);
                  setView('day');
                }}
                minHeight={96}
                onOpen={openKey}
                onDrop={move}
              />
            ))}
          </SimpleGrid>
        </Box>
      ) : (
        <Stack gap={0}>
          {days
            .filter((d) => byDay.has(dayKey(d)))
            .map((d) => (
              <Stack key={dayKey(d)} gap={2}>
                <Text size="sm" fw={600}>
                  {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(d)}
                </Text>
                <DayCell
                  day={d}
                  label={dayKey(d)}
                  muted={false}
                  today={dayKey(d) === todayKey}
                  events={byDay.get(dayKey(d)) ?? []}
                  minHeight={48}
                  onOpen={openKey}
                  onDrop={move}
                />
              </Stack>
            ))}
          {byDay.size === 0 && <Text c="dimmed">{t('calendar.empty')}</Text>}
        </Stack>
      )}
      <TaskDrawer
        taskId={opened?.taskId ?? null}
        occurrence={opened?.recurring ? opened : null}
        onClose={() => setOpened(null)}
      />
      {dialog}
    </Stack>
  );
}
