import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAddressBook, IconBuildingSkyscraper, IconCircleCheck, IconCoin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeadConversion } from './leads.api.ts';

/** After a conversion: what was created, one tap away. */
export function ConvertResult({ result, onClose }: { result: LeadConversion; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="teal" icon={<IconCircleCheck />}>
        {result.dealId ? t('leads.convertedWithDeal') : t('leads.converted')}
      </Alert>
      <Group gap="xs">
        <Button component={Link} to={`/contacts/${result.contactId}`} variant="light" leftSection={<IconAddressBook size={16} />}>
          {t('leads.openContact')}
        </Button>
        {result.companyId && (
          <Button
            component={Link}
            to={`/companies/${result.companyId}`}
            variant="light"
            leftSection={<IconBuildingSkyscraper size={16} />}
          >
            {t('leads.openCompany')}
          </Button>
        )}
        {result.dealId && (
          <Button component={Link} to={`/deals/${result.dealId}`} leftSection={<IconCoin size={16} />}>
            {t('leads.openDeal')}
          </Button>
        )}
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
