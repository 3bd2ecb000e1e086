import { Button, Divider, Drawer, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Contact } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormState } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { CustomFieldInputs } from '../custom-fields/CustomFieldInputs.tsx';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { ContactFormFields } from './ContactFormFields.tsx';
import { ContactMoreFields } from './ContactMoreFields.tsx';
import { formValues, toBody } from './contactForm.ts';
import { useCreateContact, useUpdateContact } from './contacts.api.ts';
import { contactName } from './names.ts';

/** Creates a contact (then opens it) or edits one; full screen on phones. */
export function ContactFormDrawer({ contact, onClose }: { contact?: Contact; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const fields = useCustomFields('contact');
  const create = useCreateContact();
  const update = useUpdateContact();
  const form = useFormState(formValues(contact, me.id));

  const failed = (error: unknown) => form.setErrors(fieldErrorsOrNotify(error, t));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = toBody(form.values);
    if (!body.firstName && !body.lastName) return form.setErrors({ firstName: t('contacts.nameRequired') });
    const done = (c: Contact) => {
      notifySuccess(t(contact ? 'contacts.saved' : 'contacts.created', { name: contactName(c, t) }));
      onClose();
      if (!contact) navigate(`/contacts/${c.id}`);
    };
    if (contact) update.mutate({ id: contact.id, patch: body }, { onSuccess: done, onError: failed });
    else create.mutate(body, { onSuccess: done, onError: failed });
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ContactFormFields values={form.values} errors={form.errors} set={form.set} />
          <Divider />
          <ContactMoreFields values={form.values} errors={form.errors} set={form.set} />
          {fields.data && fields.data.length > 0 && (
            <CustomFieldInputs
              fields={fields.data}
              value={form.values.customFields}
              onChange={(v) => form.set('customFields', v)}
              errors={form.errors}
            />
          )}
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {contact ? t('common.save') : t('contacts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
