import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';

/** What dnd-kit reads to screen reader users, in their language, with cards and columns by name. */
export function useDndText(nameOf: (id: UniqueIdentifier) => string) {
  const { t } = useTranslation();
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sales.dnd.picked', { item: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('sales.dnd.over', { item: nameOf(active.id), column: nameOf(over.id) }) : t('sales.dnd.nowhere'),
    onDragEnd: ({ active, over }) =>
      over ? t('sales.dnd.dropped', { item: nameOf(active.id), column: nameOf(over.id) }) : t('sales.dnd.nowhere'),
    onDragCancel: ({ active }) => t('sales.dnd.cancelled', { item: nameOf(active.id) }),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('sales.dnd.instructions') };
  return { announcements, screenReaderInstructions };
}
