import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { boardCollisions, columnKeyboardCoordinates } from './boardKeyboard.ts';
import { useDndText } from './useDndText.ts';

type Props = {
  label: string;
  /** Card and column names, for what screen readers announce. */
  nameOf: (id: UniqueIdentifier) => string;
  onMove: (cardId: string, columnId: string) => void;
  /** The card as it follows the pointer. */
  overlay: (cardId: string) => ReactNode;
  children: (draggingId: string | null) => ReactNode;
};

/**
 * Columns side by side that scroll sideways on narrow screens. Cards move by mouse, by a long
 * press on touch screens (a tap opens them) and by keyboard: Space picks up, arrows move between
 * columns, Space drops, Escape cancels.
 */
export function KanbanBoard({ label, nameOf, onMove, overlay, children }: Props) {
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
  const accessibility = useDndText(nameOf);

  const end = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    if (over && active.data.current?.columnId !== over.id) onMove(String(active.id), String(over.id));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={accessibility}
      onDragStart={({ active }) => setDragging(String(active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={end}
    >
      <Box
        role="region"
        aria-label={label}
        style={{ display: 'flex', gap: 12, overflowX: 'auto', alignItems: 'stretch', paddingBottom: 8 }}
      >
        {children(dragging)}
      </Box>
      <DragOverlay dropAnimation={null}>{dragging ? overlay(dragging) : null}</DragOverlay>
    </DndContext>
  );
}
