import type { Contact } from '@spilno/schema';
import { CHANNEL_LABELS, CONTACT_SOURCES } from '@spilno/schema/values';
import type { TFunction } from 'i18next';

/** "First Last", or whichever part exists; a nameless record still gets a readable label. */
export function contactName(c: Pick<Contact, 'firstName' | 'lastName'>, t: TFunction): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ') || t('contacts.noName');
}

/** The source in the reader's language when it is one of ours; imported values stay as they came. */
export function sourceLabel(source: string, t: TFunction): string {
  return (CONTACT_SOURCES as readonly string[]).includes(source)
    ? t(`contacts.sources.${source as (typeof CONTACT_SOURCES)[number]}`)
    : source;
}

/** mobile / work / home / other in the reader's language; a custom label stays as typed. */
export function channelLabel(label: string, t: TFunction): string {
  return (CHANNEL_LABELS as readonly string[]).includes(label)
    ? t(`channels.labels.${label as (typeof CHANNEL_LABELS)[number]}`)
    : label;
}
