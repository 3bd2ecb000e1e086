import { Button, Text } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { KanbanBoard } from '../sales/KanbanBoard.tsx';
import { CardOverlay, KanbanCard } from '../sales/KanbanCard.tsx';
import { KanbanColumn } from '../sales/KanbanColumn.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { useUserNames } from '../users/useUserNames.ts';
import { ColumnTotals } from './ColumnTotals.tsx';
import { DealCardBody } from './DealCardBody.tsx';
import { type DealBoardFilters, type DealColumn, useDealBoard, useMoveDeal, useShowMoreDeals } from './deals.api.ts';
import { CloseDealModal } from './panels.tsx';

const KIND_COLORS: Record<string, string> = { open: 'blue', won: 'teal', lost: 'red' };
type Props = { filters: DealBoardFilters };

export function DealBoard(props: Props) {
  const board = useDealBoard(props.filters);
  return <QueryGate query={board}>{(columns) => <DealColumns columns={columns} {...props} />}</QueryGate>;
}

/**
 * A column per stage with its count, total and weighted total; a drop on Won or Lost asks why
 * first. A long column shows its next cards in place, and those move like the rest.
 */
function DealColumns({ columns, filters }: Props & { columns: DealColumn[] }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const owners = useUserNames();
  const move = useMoveDeal(filters);
  const more = useShowMoreDeals(filters);
  const [closing, setClosing] = useState<{ deal: Deal; column: DealColumn } | null>(null);
  const deals = new Map<string, Deal>(columns.flatMap((c) => c.deals.map((d) => [d.id, d] as const)));
  const nameOf = (id: string | number) => deals.get(String(id))?.name ?? columns.find((c) => c.stage.id === id)?.stage.name ?? '';

  const send = (id: string, stageId: string, closeReason?: string) =>
    move.mutate({ id, stageId, closeReason }, { onError: (e) => notifyError(e, t) });
  const onMove = (id: string, stageId: string) => {
    const column = columns.find((c) => c.stage.id === stageId);
    const deal = deals.get(id);
    if (!column || !deal) return;
    if (column.stage.kind === 'open') send(id, stageId);
    else setClosing({ deal, column });
  };
  const overlay = (id: string) => {
    const deal = deals.get(id);
    return deal && <CardOverlay>{<DealCardBody deal={deal} />}</CardOverlay>;
  };

  return (
    <>
      <KanbanBoard label={t('deals.board')} nameOf={nameOf} onMove={onMove} overlay={overlay}>
        {(dragging) =>
          columns.map((c) => (
            <KanbanColumn
              key={c.stage.id}
              id={c.stage.id}
              title={c.stage.name}
              count={c.count}
              color={KIND_COLORS[c.stage.kind]}
              summary={<ColumnTotals totals={c.totals} probability={c.stage.probability} />}
              dragging={dragging !== null}
              footer={
                c.nextCursor && (
                  <Button
                    variant="subtle"
                    size="xs"
                    fullWidth
                    mt="xs"
                    loading={more.isPending && more.variables === c.stage.id}
                    onClick={() => more.mutate(c.stage.id, { onError: (e) => notifyError(e, t) })}
                  >
                    {c.count > c.deals.length ? t('deals.showMore', { count: c.count - c.deals.length }) : t('common.loadMore')}
                  </Button>
                )
              }
            >
              {c.deals.length === 0 && (
                <Text size="sm" c="dimmed" ta="center" py="md">
                  {t('sales.emptyColumn')}
                </Text>
              )}
              {c.deals.map((deal) => (
                <KanbanCard
                  key={deal.id}
                  id={deal.id}
                  columnId={c.stage.id}
                  to={`/deals/${deal.id}`}
                  moveLabel={t('sales.move', { name: deal.name })}
                  disabled={!canWrite('deals', deal.ownerId)}
                >
                  <DealCardBody deal={deal} owner={deal.ownerId ? owners.get(deal.ownerId) : undefined} />
                </KanbanCard>
              ))}
            </KanbanColumn>
          ))
        }
      </KanbanBoard>
      {closing && (
        <CloseDealModal
          dealName={closing.deal.name}
          kind={closing.column.stage.kind === 'won' ? 'won' : 'lost'}
          stageName={closing.column.stage.name}
          onConfirm={(reason) => {
            setClosing(null);
            send(closing.deal.id, closing.column.stage.id, reason || undefined);
          }}
          onClose={() => setClosing(null)}
        />
      )}
    </>
  );
}
