import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Company } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../components/DetailRow.tsx';
import { addressLine } from '../../lib/address.ts';
import { useFormat } from '../../lib/format.ts';
import { channelLabel } from '../contacts/names.ts';
import { CustomFieldValues } from '../custom-fields/CustomFieldValues.tsx';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { useUserNames } from '../users/useUserNames.ts';

const websiteHref = (w: string) => (/^https?:\/\//i.test(w) ? w : `https://${w}`);

export function CompanyDetails({ company: c }: { company: Company }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const owners = useUserNames();
  const fields = useCustomFields('company');
  const address = addressLine(c.address);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('contacts.details')}
        </Title>
        {c.phones.map((p) => (
          <DetailRow
            key={p.value}
            label={channelLabel(p.label, t)}
            value={
              <Anchor href={`tel:${p.value}`} inherit>
                {p.value}
              </Anchor>
            }
          />
        ))}
        {c.emails.map((e) => (
          <DetailRow
            key={e.value}
            label={channelLabel(e.label, t)}
            value={
              <Anchor href={`mailto:${e.value}`} inherit>
                {e.value}
              </Anchor>
            }
          />
        ))}
        {c.website && (
          <DetailRow
            label={t('companies.fields.website')}
            value={
              <Anchor href={websiteHref(c.website)} target="_blank" rel="noopener noreferrer" inherit>
                {c.website}
              </Anchor>
            }
          />
        )}
        {address && <DetailRow label={t('contacts.fields.address')} value={address} />}
        <DetailRow label={t('contacts.fields.owner')} value={(c.ownerId && owners.get(c.ownerId)) || '—'} />
        <CustomFieldValues fields={fields.data ?? []} values={c.customFields} />
        <DetailRow label={t('contacts.fields.createdAt')} value={<Text inherit>{fmt.dateTime(c.createdAt)}</Text>} />
      </Stack>
    </Paper>
  );
}
