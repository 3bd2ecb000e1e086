import { Button, Kbd, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SearchResults } from './SearchResults.tsx';
import { hitPath, type SearchHit, useQuickSearch } from './search.api.ts';

/** Ctrl-K / ⌘K from anywhere: type a name, a phone in any format or an email, press Enter. */
export function QuickSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mac = useOs() === 'macos';
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [q] = useDebouncedValue(text.trim(), 200);
  const results = useQuickSearch(q);
  const hits = q.length >= 2 ? (results.data ?? []) : [];
  useHotkeys([['mod+K', open]], []);

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    setText('');
    navigate(hitPath(hit));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') go(hits[active]);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconSearch size={16} />}
        rightSection={
          <Kbd size="xs" visibleFrom="md">
            {mac ? '⌘K' : 'Ctrl K'}
          </Kbd>
        }
        onClick={open}
        aria-label={t('search.open')}
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
        c="dimmed"
        fw={400}
      >
        <Text span inherit visibleFrom="sm">
          {t('search.button')}
        </Text>
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        withCloseButton={false}
        title={null}
        size="lg"
        yOffset="10dvh"
        aria-label={t('search.title')}
        padding="xs"
      >
        <TextInput
          data-autofocus
          size="md"
          variant="unstyled"
          px="xs"
          leftSection={<IconSearch size={18} />}
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <SearchResults q={q} hits={hits} active={active} loading={results.isFetching} onPick={go} />
      </Modal>
    </>
  );
}
