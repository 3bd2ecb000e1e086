import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { Document } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { useSendDocument } from './documents.api.ts';

/** Asks before emailing the customer; left empty, the address is the one printed on the document. */
export function SendDocumentModal({ doc, onClose }: { doc: Document; onClose: () => void }) {
  const { t } = useTranslation();
  const send = useSendDocument();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { ...(to.trim() && { to: to.trim() }), ...(message.trim() && { message: message.trim() }) };
    send.mutate(
      { id: doc.id, body },
      {
        onSuccess: (sent) => {
          notifySuccess(t('documents.sent', { number: sent.number, to: sent.sentTo ?? '' }));
          onClose();
        },
        onError: (error) => setErrors(fieldErrorsOrNotify(error, t)),
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('documents.sendTitle', { number: doc.number })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('documents.sendConfirm', { number: doc.number })}</Text>
          <TextInput
            type="email"
            label={t('documents.sendTo')}
            description={t('documents.sendToHint')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={errors.to}
            data-autofocus
          />
          <Textarea
            label={t('documents.message')}
            autosize
            minRows={3}
            maxLength={5000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={errors.message}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t('documents.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
