import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.ts';
import type { ForecastMonth } from './deals.api.ts';

/** The forecast's numbers, month by month: what the chart draws, for reading and screen readers. */
export function ForecastTable({ months }: { months: ForecastMonth[] }) {
  const { t, i18n } = useTranslation();
  const { money } = useMoney();
  const label = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }), [i18n.language]);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped aria-label={t('deals.forecastTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deals.month')}</Table.Th>
            <Table.Th ta="right">{t('deals.count')}</Table.Th>
            <Table.Th ta="right">{t('deals.fields.amount')}</Table.Th>
            <Table.Th ta="right">{t('deals.weighted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={`${m.month}-${m.currency}`}>
              <Table.Td>{label.format(new Date(`${m.month}-01T00:00:00`))}</Table.Td>
              <Table.Td ta="right">{m.count}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(m.amount, m.currency)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(m.weighted, m.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
