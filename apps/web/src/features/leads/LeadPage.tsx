import { Alert, Anchor, Group, Stack } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError } from '../../lib/api.ts';
import { QueryGate } from '../sales/QueryGate.tsx';
import { ConvertModal } from './ConvertModal.tsx';
import { LeadDetails } from './LeadDetails.tsx';
import { LeadFormDrawer } from './LeadFormDrawer.tsx';
import { LeadHeader } from './LeadHeader.tsx';
import { useLead } from './leads.api.ts';

export default function LeadPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const lead = useLead(id);
  usePageTitle(lead.data?.name ?? t('modules.leads'));
  if (lead.error instanceof ApiError && lead.error.status === 404) return <NotFound />;
  return <QueryGate query={lead}>{(l) => <LeadView lead={l} />}</QueryGate>;
}

function LeadView({ lead }: { lead: Lead }) {
  const [dialog, setDialog] = useState<'edit' | 'convert' | null>(null);
  return (
    <Stack gap="lg" maw={760}>
      <LeadHeader lead={lead} onEdit={() => setDialog('edit')} onConvert={() => setDialog('convert')} />
      {lead.status === 'converted' && <ConvertedNotice lead={lead} />}
      <LeadDetails lead={lead} />
      {dialog === 'edit' && <LeadFormDrawer lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'convert' && <ConvertModal lead={lead} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** A converted lead is history: it points to the customer and deal it became. */
function ConvertedNotice({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" icon={<IconCircleCheck />} title={t('leads.convertedTitle')}>
      <Group gap="md">
        {lead.contactId && (
          <Anchor component={Link} to={`/contacts/${lead.contactId}`}>
            {t('leads.openContact')}
          </Anchor>
        )}
        {lead.companyId && (
          <Anchor component={Link} to={`/companies/${lead.companyId}`}>
            {t('leads.openCompany')}
          </Anchor>
        )}
        {lead.dealId && (
          <Anchor component={Link} to={`/deals/${lead.dealId}`}>
            {t('leads.openDeal')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
