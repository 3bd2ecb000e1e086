import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { itemsInput, rowsOf, sameRows } from './lines.ts';
import { OrderLinesEditor } from './OrderLinesEditor.tsx';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { OrderTotals } from './OrderTotals.tsx';
import { useUpdateOrder } from './orders.api.ts';

/** The order's lines (editable when allowed; saving replaces them all) and the server's totals. */
export function OrderItems({ order, writable }: { order: Order; writable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateOrder();
  const [rows, setRows] = useState(() => rowsOf(order));
  const [errors, setErrors] = useState<FieldErrors>({});
  // A save (here or elsewhere) brings the lines back as the server stored them.
  useEffect(() => setRows(rowsOf(order)), [order]);
  const dirty = !sameRows(rows, rowsOf(order));

  const save = () =>
    update.mutate(
      // The version the grid was edited from: a colleague's change in between answers 409, not an overwrite.
      { id: order.id, patch: { items: itemsInput(rows), updatedAt: order.updatedAt } },
      {
        onSuccess: () => {
          setErrors({});
          notifySuccess(t('orders.lines.saved'));
        },
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('orders.lines.title')}
        </Title>
        {writable ? (
          <OrderLinesEditor rows={rows} currency={order.currency} errors={errors} onChange={setRows} />
        ) : (
          <OrderLinesTable order={order} />
        )}
        {dirty && (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRows(rowsOf(order))}>
              {t('common.cancel')}
            </Button>
            <Button onClick={save} loading={update.isPending} disabled={rows.length === 0}>
              {t('orders.lines.save')}
            </Button>
          </Group>
        )}
        <OrderTotals order={order} stale={dirty} />
      </Stack>
    </Paper>
  );
}
