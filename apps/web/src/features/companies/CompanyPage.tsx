import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useAbilities } from '../../lib/abilities.ts';
import { ApiError } from '../../lib/api.ts';
import { problemMessage } from '../../lib/problems.ts';
import { Timeline } from '../activities/Timeline.tsx';
import { CustomerOrdersSummary } from '../orders/CustomerOrdersSummary.tsx';
import { TaskPanel } from '../tasks/TaskPanel.tsx';
import { CompanyContacts } from './CompanyContacts.tsx';
import { CompanyDetails } from './CompanyDetails.tsx';
import { CompanyFormModal } from './CompanyFormModal.tsx';
import { useCompany } from './companies.api.ts';

export default function CompanyPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const company = useCompany(id);
  const { canWrite } = useAbilities();
  const [editing, setEditing] = useState(false);
  usePageTitle(company.data?.name ?? t('modules.companies'));

  if (company.isPending) return <PageLoader />;
  if (company.error instanceof ApiError && company.error.status === 404) return <NotFound />;
  if (company.isError) return <Alert color="red">{problemMessage(company.error, t)}</Alert>;
  const c = company.data;

  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap="xs">
        <BackLink to="/companies">{t('companies.back')}</BackLink>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} miw={0}>
            <Title order={2} style={{ overflowWrap: 'anywhere' }}>
              {c.name}
            </Title>
            <Group gap={6}>
              {c.type && <Badge variant="light">{t(`companies.types.${c.type}`)}</Badge>}
              {c.industry && (
                <Text c="dimmed" size="sm">
                  {t(`companies.industries.${c.industry}`)}
                </Text>
              )}
              {c.tags.map((tag) => (
                <Badge key={tag} variant="outline">
                  {tag}
                </Badge>
              ))}
            </Group>
          </Stack>
          {canWrite('companies', c.ownerId) && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack>
            <CompanyDetails company={c} />
            <Paper withBorder p="md">
              <CompanyContacts companyId={c.id} count={c.contactCount} />
            </Paper>
            <TaskPanel target={{ companyId: c.id }} />
            <CustomerOrdersSummary customer={{ companyId: c.id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Timeline target={{ companyId: c.id }} />
        </Grid.Col>
      </Grid>
      {editing && <CompanyFormModal company={c} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
