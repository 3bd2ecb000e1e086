import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Paper } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Props = {
  id: string;
  columnId: string;
  to: string;
  /** The handle's name, "Move Acme deal". */
  moveLabel: string;
  /** Cards the user may not move have no handle and do not follow the pointer. */
  disabled?: boolean;
  children: ReactNode;
};

/**
 * A card that is a link (tap or Enter opens the record) and can be dragged anywhere by mouse or a
 * long press; keyboard users pick it up with the handle, which is a separate button.
 */
export function KanbanCard({ id, columnId, to, moveLabel, disabled, children }: Props) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id,
    data: { columnId },
    disabled,
  });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      data-card={id}
      style={{ position: 'relative', opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation', WebkitTouchCallout: 'none' }}
    >
      <Paper
        component={Link}
        to={to}
        draggable={false}
        withBorder
        p="sm"
        pr={disabled ? 'sm' : 40}
        radius="md"
        style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
      >
        {children}
      </Paper>
      {!disabled && (
        <ActionIcon
          ref={setActivatorNodeRef}
          {...attributes}
          variant="subtle"
          color="gray"
          pos="absolute"
          top={6}
          right={6}
          aria-label={moveLabel}
          style={{ cursor: 'grab' }}
        >
          <IconGripVertical size={18} />
        </ActionIcon>
      )}
    </div>
  );
}

/** The card as it follows the pointer while dragged. */
export function CardOverlay({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder shadow="md" p="sm" radius="md" style={{ cursor: 'grabbing', width: 'min(272px, 76vw)' }}>
      {children}
    </Paper>
  );
}
