import {
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
} from '@dnd-kit/core';

/**
 * Left and right arrows jump a picked-up card to the middle of the next column that accepts it
 * (disabled columns are skipped), instead of nudging it 25 px at a time.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!step || !collisionRect) return undefined;
  event.preventDefault();
  const center = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [{ id: c.id, x: rect.left + rect.width / 2 }] : [];
    })
    .sort((a, b) => a.x - b.x);
  // The column the card is over now; before any, the one nearest to it.
  const nearest = columns.reduce(
    (best, c, i) => (Math.abs(c.x - center) < Math.abs((columns[best]?.x ?? 0) - center) ? i : best),
    0,
  );
  const here = over ? columns.findIndex((c) => c.id === over.id) : -1;
  const target = columns[(here === -1 ? nearest : here) + step];
  return target ? { x: currentCoordinates.x + target.x - center, y: currentCoordinates.y } : currentCoordinates;
};

/** The pointer decides for mouse and touch; a keyboard drag has no pointer, so the card's overlap does. */
export const boardCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);
