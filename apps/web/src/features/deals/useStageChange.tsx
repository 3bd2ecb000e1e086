import type { Deal, Stage } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useUpdateDeal } from './deals.api.ts';
import { CloseDealModal } from './panels.tsx';

/** Moves a deal to a stage; a won or lost stage first asks for the reason. Render `modal` somewhere. */
export function useStageChange(deal: Deal) {
  const { t } = useTranslation();
  const update = useUpdateDeal();
  const [closing, setClosing] = useState<Stage | null>(null);
  const send = (stage: Stage, closeReason?: string) =>
    update.mutate(
      { id: deal.id, patch: { stageId: stage.id, ...(closeReason && { closeReason }) } },
      {
        onSuccess: () => {
          setClosing(null);
          notifySuccess(t('deals.movedTo', { stage: stage.name }));
        },
        onError: (e) => notifyError(e, t),
      },
    );
  const modal = closing && (
    <CloseDealModal
      dealName={deal.name}
      kind={closing.kind === 'won' ? 'won' : 'lost'}
      stageName={closing.name}
      loading={update.isPending}
      onConfirm={(reason) => send(closing, reason || undefined)}
      onClose={() => setClosing(null)}
    />
  );
  return {
    moveTo: (stage: Stage) => (stage.kind === 'open' ? send(stage) : setClosing(stage)),
    pending: update.isPending,
    modal,
  };
}
