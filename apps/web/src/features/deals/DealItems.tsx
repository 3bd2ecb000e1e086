import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { lineTotal, sumMoney, useMoney } from '../sales/money.ts';
import { useUpdateDeal } from './deals.api.ts';
import { LineItemRow } from './LineItemRow.tsx';
import { emptyRow, itemsInput, type LineRow, rowsOf, sameRows } from './lineItems.ts';

/** The deal's products: an editable grid whose sum becomes the deal's amount when saved. */
export function DealItems({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const { money } = useMoney();
  const update = useUpdateDeal();
  const [rows, setRows] = useState(() => rowsOf(deal));
  const [errors, setErrors] = useState<FieldErrors>({});
  const readOnly = !canWrite('deals', deal.ownerId);
  // A save (here or elsewhere) brings new lines from the server.
  useEffect(() => setRows(rowsOf(deal)), [deal]);
  const dirty = !sameRows(rows, rowsOf(deal));
  const total = sumMoney(rows.map((r) => lineTotal(r.quantity, r.price || '0', r.discount || '0')));

  const save = () =>
    update.mutate(
      { id: deal.id, patch: { items: itemsInput(rows) } },
      {
        onSuccess: () => {
          setErrors({});
          notifySuccess(t('deals.items.saved'));
        },
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );
  const set = (i: number, row: LineRow) => setRows(rows.map((r, j) => (j === i ? row : r)));

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        {t('deals.items.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('deals.items.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={readOnly ? 560 : 860}>
          <Table verticalSpacing={4} aria-label={t('deals.items.title')}>
            <Table.Thead>
              <Table.Tr>
                {!readOnly && <Table.Th>{t('deals.items.product')}</Table.Th>}
                <Table.Th>{t('deals.items.name')}</Table.Th>
                <Table.Th>{t('deals.items.quantity')}</Table.Th>
                <Table.Th>{t('deals.items.price')}</Table.Th>
                <Table.Th>{t('deals.items.discount')}</Table.Th>
                <Table.Th ta="right">{t('deals.items.total')}</Table.Th>
                {!readOnly && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <LineItemRow
                  key={r.key}
                  row={r}
                  index={i}
                  currency={deal.currency}
                  readOnly={readOnly}
                  errors={errors}
                  onChange={(row) => set(i, row)}
                  onRemove={() => setRows(rows.filter((_, j) => j !== i))}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" mt="sm" gap="xs">
        {readOnly ? (
          <span />
        ) : (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRows([...rows, emptyRow()])}
          >
            {t('deals.items.add')}
          </Button>
        )}
        <Text fw={600} data-testid="items-total">
          {t('deals.items.sum')}: {money(total, deal.currency)}
        </Text>
      </Group>
      {dirty && (
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => setRows(rowsOf(deal))}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending}>
            {t('deals.items.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
