import { Anchor, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Channel, Contact } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../components/DetailRow.tsx';
import { addressLine } from '../../lib/address.ts';
import { useFormat } from '../../lib/format.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { CustomFieldValues } from '../custom-fields/CustomFieldValues.tsx';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { useUserNames } from '../users/useUserNames.ts';
import { channelLabel, sourceLabel } from './names.ts';

function Channels({ items, href }: { items: Channel[]; href: (v: string) => string }) {
  const { t } = useTranslation();
  return items.map((c) => (
    <Group key={c.value} justify="space-between" wrap="nowrap" gap="xs">
      <Anchor href={href(c.value)} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {c.value}
      </Anchor>
      <Text size="xs" c="dimmed">
        {channelLabel(c.label, t)}
      </Text>
    </Group>
  ));
}

/** Everything known about the contact, on the left of their page (above the timeline on phones). */
export function ContactDetails({ contact: c }: { contact: Contact }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const owners = useUserNames();
  const fields = useCustomFields('contact');
  const address = addressLine(c.address);
  const consent = (given: boolean, at: string | null) => (
    <Text span inherit c={given ? 'teal' : 'dimmed'} fw={given ? 500 : undefined}>
      {given ? (at ? t('contacts.consentGivenOn', { date: fmt.date(at) }) : t('common.yes')) : t('common.no')}
    </Text>
  );
  const p = c.preferences;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('contacts.details')}
        </Title>
        {c.phones.length + c.emails.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('contacts.noChannels')}
          </Text>
        )}
        <Channels items={c.phones} href={(v) => `tel:${v}`} />
        <Channels items={c.emails} href={(v) => `mailto:${v}`} />
        <Divider />
        <DetailRow label={t('contacts.fields.owner')} value={(c.ownerId && owners.get(c.ownerId)) || '—'} />
        <DetailRow
          label={t('contacts.fields.lastContactedAt')}
          value={c.lastContactedAt ? fmt.dateTime(c.lastContactedAt) : t('contacts.never')}
        />
        {address && <DetailRow label={t('contacts.fields.address')} value={address} />}
        {c.birthday && <DetailRow label={t('contacts.fields.birthday')} value={fmt.date(`${c.birthday}T00:00:00`)} />}
        {c.source && <DetailRow label={t('contacts.fields.source')} value={sourceLabel(c.source, t)} />}
        {p.channel && (
          <DetailRow label={t('contacts.preferences.channel')} value={t(`contacts.preferredChannels.${p.channel}`)} />
        )}
        {p.language && <DetailRow label={t('contacts.preferences.language')} value={LANGUAGE_NAMES[p.language]} />}
        {p.notes && <DetailRow label={t('contacts.preferences.notes')} value={p.notes} />}
        <DetailRow label={t('contacts.emailConsentShort')} value={consent(c.emailConsent, c.emailConsentAt)} />
        <DetailRow label={t('contacts.smsConsentShort')} value={consent(c.smsConsent, c.smsConsentAt)} />
        <CustomFieldValues fields={fields.data ?? []} values={c.customFields} />
        <DetailRow label={t('contacts.fields.createdAt')} value={fmt.dateTime(c.createdAt)} />
      </Stack>
    </Paper>
  );
}
