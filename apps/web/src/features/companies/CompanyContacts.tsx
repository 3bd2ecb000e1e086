import { Anchor, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { useContactPages } from '../contacts/contacts.api.ts';
import { contactName } from '../contacts/names.ts';

/** The people who work at the company, each a link to their page. */
export function CompanyContacts({ companyId, count }: { companyId: string; count: number | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useContactPages({ companyId });
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('companies.contacts')}
        {count ? ` · ${fmt.number(count)}` : ''}
      </Title>
      {list.items.length === 0 && !list.isPending && (
        <Text size="sm" c="dimmed">
          {t('companies.noContacts')}
        </Text>
      )}
      {list.items.map((c) => (
        <Group key={c.id} justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/contacts/${c.id}`} size="sm">
            {contactName(c, t)}
          </Anchor>
          <Text size="xs" c="dimmed" truncate>
            {c.position ?? c.phones[0]?.value ?? ''}
          </Text>
        </Group>
      ))}
      {list.hasNextPage && (
        <Center>
          <Button variant="subtle" size="xs" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
