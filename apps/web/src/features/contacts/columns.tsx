import { Anchor, Avatar, Badge, Group, Text } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '../../app/UserMenu.tsx';
import { useFormat } from '../../lib/format.ts';
import { useUserNames } from '../users/useUserNames.ts';
import type { ContactSort } from './contacts.api.ts';
import { contactName, sourceLabel } from './names.ts';

export const COLUMN_KEYS = [
  'name',
  'company',
  'position',
  'phones',
  'emails',
  'tags',
  'owner',
  'source',
  'lastContactedAt',
  'createdAt',
  'updatedAt',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export const DEFAULT_COLUMNS: ColumnKey[] = ['name', 'company', 'phones', 'emails', 'tags', 'lastContactedAt'];
export const isColumnKey = (k: string): k is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(k);

export type ContactColumn = {
  key: ColumnKey;
  header: string;
  /** Width in the table, px. */
  width: number;
  /** The ascending sort this column orders by, when it can. */
  sort?: ContactSort & string;
  render: (c: Contact) => ReactNode;
};

const Tags = ({ tags }: { tags: string[] }) =>
  tags.length === 0 ? (
    <Text c="dimmed" inherit span>
      —
    </Text>
  ) : (
    <Group gap={4} wrap="nowrap">
      {tags.map((tag) => (
        <Badge key={tag} variant="light" size="sm">
          {tag}
        </Badge>
      ))}
    </Group>
  );

/** Every column the contact list can show, in the chooser's order. */
export function useContactColumns(): Record<ColumnKey, ContactColumn> {
  const { t } = useTranslation();
  const fmt = useFormat();
  const owners = useUserNames();
  const dimmed = (text: string | null | undefined) =>
    text || (
      <Text c="dimmed" inherit span>
        —
      </Text>
    );
  return {
    name: {
      key: 'name',
      header: t('contacts.fields.name'),
      width: 220,
      sort: 'name',
      render: (c) => (
        <Group gap={8} wrap="nowrap" miw={0}>
          <Avatar src={c.avatarUrl} alt="" color="indigo" radius="xl" size={26} aria-hidden>
            {initials(contactName(c, t))}
          </Avatar>
          <Anchor component={Link} to={`/contacts/${c.id}`} fw={500} inherit truncate>
            {contactName(c, t)}
          </Anchor>
        </Group>
      ),
    },
    company: {
      key: 'company',
      header: t('contacts.fields.company'),
      width: 150,
      render: (c) =>
        c.companyId ? (
          <Anchor component={Link} to={`/companies/${c.companyId}`} inherit>
            {c.companyName}
          </Anchor>
        ) : (
          dimmed(null)
        ),
    },
    position: { key: 'position', header: t('contacts.fields.position'), width: 150, render: (c) => dimmed(c.position) },
    phones: { key: 'phones', header: t('contacts.fields.phones'), width: 145, render: (c) => dimmed(c.phones[0]?.value) },
    emails: { key: 'emails', header: t('contacts.fields.emails'), width: 180, render: (c) => dimmed(c.emails[0]?.value) },
    tags: { key: 'tags', header: t('contacts.fields.tags'), width: 150, render: (c) => <Tags tags={c.tags} /> },
    owner: {
      key: 'owner',
      header: t('contacts.fields.owner'),
      width: 130,
      render: (c) => dimmed(c.ownerId ? owners.get(c.ownerId) : null),
    },
    source: {
      key: 'source',
      header: t('contacts.fields.source'),
      width: 120,
      render: (c) => dimmed(c.source ? sourceLabel(c.source, t) : null),
    },
    lastContactedAt: {
      key: 'lastContactedAt',
      header: t('contacts.fields.lastContactedAt'),
      width: 140,
      sort: 'lastContactedAt',
      render: (c) => (c.lastContactedAt ? fmt.date(c.lastContactedAt) : dimmed(null)),
    },
    createdAt: {
      key: 'createdAt',
      header: t('contacts.fields.createdAt'),
      width: 120,
      sort: 'createdAt',
      render: (c) => fmt.date(c.createdAt),
    },
    updatedAt: {
      key: 'updatedAt',
      header: t('contacts.fields.updatedAt'),
      width: 120,
      sort: 'updatedAt',
      render: (c) => fmt.date(c.updatedAt),
    },
  };
}
