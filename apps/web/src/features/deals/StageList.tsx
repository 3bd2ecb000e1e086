import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Stack } from '@mantine/core';
import type { FieldErrors } from '../../lib/form.ts';
import { useDndText } from '../sales/useDndText.ts';
import { StageRow } from './StageRow.tsx';
import type { StageDraft } from './stageDraft.ts';

/** The stages in board order; drag a handle, or focus it and use Space and the arrow keys. */
export function StageList({
  stages,
  errors,
  onChange,
}: {
  stages: StageDraft[];
  errors: FieldErrors;
  onChange: (s: StageDraft[]) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useDndText((id) => stages.find((s) => s.key === id)?.name ?? '');
  const end = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = stages.findIndex((s) => s.key === active.id);
    const to = stages.findIndex((s) => s.key === over.id);
    onChange(arrayMove(stages, from, to));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={end} accessibility={accessibility}>
      <SortableContext items={stages.map((s) => s.key)} strategy={verticalListSortingStrategy}>
        <Stack gap="xs">
          {stages.map((s, i) => (
            <StageRow
              key={s.key}
              stage={s}
              index={i}
              errors={errors}
              onChange={(next) => onChange(stages.map((x) => (x.key === s.key ? next : x)))}
              onRemove={() => onChange(stages.filter((x) => x.key !== s.key))}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
