import type { Deal, Page } from '@spilno/schema';
import { api } from '../../lib/api.ts';
import type { DealBoardFilters, DealColumn } from './deals.api.ts';

/** Cards a column shows at first and adds with each "show more". */
export const BOARD_PAGE = 50;
// The deal list's own limit.
const MAX_PAGE = 200;

/**
 * The next cards of one column: the deal list in the board's order, continuing the column's
 * keyset cursor, so a card is never shown twice or skipped while others move.
 */
export function stagePage(filters: DealBoardFilters, stageId: string, cursor: string, limit = BOARD_PAGE) {
  return api<Page<Deal>>('/deals', { query: { ...filters, stageId, sort: '-updatedAt', cursor, limit } });
}

/** The column with a further page below its cards; a deal already on it (just dropped there) is not repeated. */
export function appendPage(column: DealColumn, page: Page<Deal>): DealColumn {
  const shown = new Set(column.deals.map((d) => d.id));
  return { ...column, deals: [...column.deals, ...page.items.filter((d) => !shown.has(d.id))], nextCursor: page.nextCursor };
}

/**
 * A freshly read column filled down to `depth` cards, the number the person had opened, so the
 * refresh after a drag does not fold a long column back to its first page.
 */
export async function deepen(filters: DealBoardFilters, column: DealColumn, depth: number): Promise<DealColumn> {
  let filled = column;
  while (filled.nextCursor && filled.deals.length < depth) {
    const page = await stagePage(filters, filled.stage.id, filled.nextCursor, Math.min(MAX_PAGE, depth - filled.deals.length));
    filled = appendPage(filled, page);
  }
  return filled;
}
