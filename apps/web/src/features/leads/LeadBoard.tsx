import { Anchor, Text } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyError } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { KanbanBoard } from '../sales/KanbanBoard.tsx';
import { CardOverlay, KanbanCard } from '../sales/KanbanCard.tsx';
import { KanbanColumn } from '../sales/KanbanColumn.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { useUserNames } from '../users/useUserNames.ts';
import { LeadCardBody } from './LeadCardBody.tsx';
import { type LeadBoardColumn, type LeadBoardFilters, type LeadColumnId, useLeadBoard, useMoveLead } from './leads.api.ts';

const COLORS: Record<LeadColumnId, string> = { overdue: 'red', in_progress: 'yellow', new: 'blue' };
type Props = { filters: LeadBoardFilters; tableLink: (column: LeadColumnId) => string };

export function LeadBoard(props: Props) {
  const board = useLeadBoard(props.filters);
  return <QueryGate query={board}>{(columns) => <LeadColumns columns={columns} {...props} />}</QueryGate>;
}

/** Overdue / In progress / New, as in the source documents; cards move between the last two. */
function LeadColumns({ columns, filters, tableLink }: Props & { columns: LeadBoardColumn[] }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const owners = useUserNames();
  const move = useMoveLead(filters);
  const leads = new Map<string, Lead>(columns.flatMap((c) => c.leads.map((l) => [l.id, l] as const)));
  const nameOf = (id: string | number) =>
    leads.get(String(id))?.name ?? (columns.some((c) => c.column === id) ? t(`leads.columns.${id as LeadColumnId}`) : '');
  const onMove = (id: string, column: string) => {
    if (column === 'new' || column === 'in_progress') move.mutate({ id, status: column }, { onError: (e) => notifyError(e, t) });
  };
  const overlay = (id: string) => {
    const lead = leads.get(id);
    return lead && <CardOverlay>{<LeadCardBody lead={lead} />}</CardOverlay>;
  };

  return (
    <KanbanBoard label={t('leads.board')} nameOf={nameOf} onMove={onMove} overlay={overlay}>
      {(dragging) =>
        columns.map((c) => (
          <KanbanColumn
            key={c.column}
            id={c.column}
            title={t(`leads.columns.${c.column}`)}
            count={c.count}
            color={COLORS[c.column]}
            locked={c.column === 'overdue'}
            lockedHint={t('leads.overdueLocked')}
            dragging={dragging !== null}
            footer={
              c.count > c.leads.length && (
                <Anchor component={Link} to={tableLink(c.column)} size="sm" display="block" mt="xs" ta="center">
                  {t('sales.more', { count: c.count - c.leads.length })}
                </Anchor>
              )
            }
          >
            {c.leads.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="md">
                {t('sales.emptyColumn')}
              </Text>
            )}
            {c.leads.map((lead) => (
              <KanbanCard
                key={lead.id}
                id={lead.id}
                columnId={c.column}
                to={`/leads/${lead.id}`}
                moveLabel={t('sales.move', { name: lead.name })}
                disabled={c.column === 'overdue' || !canWrite('leads', lead.ownerId)}
              >
                <LeadCardBody lead={lead} owner={lead.ownerId ? owners.get(lead.ownerId) : undefined} />
              </KanbanCard>
            ))}
          </KanbanColumn>
        ))
      }
    </KanbanBoard>
  );
}
