import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { IconLayoutKanban, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type BoardView = 'board' | 'table';

/** Board or table: the two ways to look at leads and deals. */
export function ViewToggle({ value, onChange }: { value: BoardView; onChange: (v: BoardView) => void }) {
  const { t } = useTranslation();
  const item = (view: BoardView, label: string, icon: React.ReactNode) => ({
    value: view,
    label: (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        {icon}
        <span>{label}</span>
      </span>
    ),
  });
  return (
    <>
      <VisuallyHidden id="view-toggle-label">{t('sales.view')}</VisuallyHidden>
      <SegmentedControl
        aria-labelledby="view-toggle-label"
        value={value}
        onChange={(v) => onChange(v as BoardView)}
        data={[
          item('board', t('sales.board'), <IconLayoutKanban size={16} />),
          item('table', t('sales.table'), <IconTable size={16} />),
        ]}
      />
    </>
  );
}
