import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../lib/problems.ts';

type Props = {
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  empty: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  children: ReactNode;
};

/** Loading, failure, "nothing here" and "Load more" around any cursor-paged list. */
export function ListState({ isPending, error, isEmpty, empty, hasNextPage, isFetchingNextPage, fetchNextPage, children }: Props) {
  const { t } = useTranslation();
  if (isPending)
    return (
      <Center py="xl" role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  if (error && isEmpty)
    return (
      <Alert color="red" role="alert">
        {problemMessage(error, t)}
      </Alert>
    );
  if (isEmpty)
    return (
      <Text c="dimmed" ta="center" py="xl">
        {empty}
      </Text>
    );
  return (
    <Stack>
      {children}
      {hasNextPage && (
        <Center>
          <Button variant="light" onClick={() => fetchNextPage()} loading={isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
