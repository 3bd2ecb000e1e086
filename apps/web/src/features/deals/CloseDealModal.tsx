import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';

type Props = {
  dealName: string;
  kind: 'won' | 'lost';
  stageName: string;
  loading?: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** Closing a deal asks why: a lost deal needs its reason, a won one may have it. */
export function CloseDealModal({ dealName, kind, stageName, loading, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (kind === 'lost' && !reason.trim()) return setError(t('validation.required'));
    onConfirm(reason.trim());
  };
  return (
    <AppModal opened onClose={onClose} title={kind === 'won' ? t('deals.closeWonTitle') : t('deals.closeLostTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('deals.closeText', { name: dealName, stage: stageName })}</Text>
          <Textarea
            label={t('deals.fields.closeReason')}
            required={kind === 'lost'}
            data-autofocus
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(undefined);
            }}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={kind === 'won' ? 'teal' : 'red'} loading={loading}>
              {kind === 'won' ? t('deals.markWon') : t('deals.markLost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
