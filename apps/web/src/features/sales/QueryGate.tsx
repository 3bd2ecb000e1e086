import { Alert, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/problems.ts';

/** A spinner while a query loads, its problem if it fails, else the page drawn from its data. */
export function QueryGate<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <Center py="xl" role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  if (query.isError)
    return (
      <Alert color="red" role="alert">
        {problemMessage(query.error, t)}
      </Alert>
    );
  return children(query.data);
}
