import { Alert, Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError } from '../../lib/api.ts';
import { problemMessage } from '../../lib/problems.ts';
import { Timeline } from '../activities/Timeline.tsx';
import { CustomerOrdersSummary } from '../orders/CustomerOrdersSummary.tsx';
import { TaskPanel } from '../tasks/TaskPanel.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { ContactHeader } from './ContactHeader.tsx';
import { useContact } from './contacts.api.ts';
import { contactName } from './names.ts';
import { ContactFormDrawer } from './panels.tsx';

export default function ContactPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const contact = useContact(id);
  const [editing, setEditing] = useState(false);
  usePageTitle(contact.data ? contactName(contact.data, t) : t('modules.contacts'));

  if (contact.isPending) return <PageLoader />;
  if (contact.error instanceof ApiError && contact.error.status === 404) return <NotFound />;
  if (contact.isError) return <Alert color="red">{problemMessage(contact.error, t)}</Alert>;
  const c = contact.data;

  return (
    <Stack gap="lg" maw={1280}>
      <ContactHeader contact={c} onEdit={() => setEditing(true)} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactDetails contact={c} />
            <TaskPanel target={{ contactId: c.id }} />
            <CustomerOrdersSummary customer={{ contactId: c.id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Timeline target={{ contactId: c.id }} />
        </Grid.Col>
      </Grid>
      {editing && <ContactFormDrawer contact={c} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
