import type {
  CONTACT_SORTS,
  Contact,
  ContactBulk,
  ContactCreate,
  ContactFilter,
  ContactUpdate,
  DuplicateGroup,
  Page,
} from '@spilno/schema';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const contactsKey = ['contacts'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
const PAGE_SIZE = 100;

/** Contacts in keyset pages; the table asks for the next page as it scrolls near the end. */
export function useContactPages(filter: ContactFilter, sort: ContactSort = 'name') {
  const query = useInfiniteQuery({
    queryKey: [...contactsKey, 'list', filter, sort],
    queryFn: ({ pageParam }) =>
      api<Page<Contact>>('/contacts', { query: { ...filter, sort, limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a new search or sort loads, the old rows stay instead of a spinner flashing per keystroke.
    placeholderData: keepPreviousData,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

export function useContactCount(filter: ContactFilter) {
  return useQuery({
    queryKey: [...contactsKey, 'count', filter],
    queryFn: () => api<{ count: number }>('/contacts/count', { query: filter }),
    select: (r) => r.count,
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string | undefined) {
  return useQuery({
    queryKey: [...contactsKey, 'one', id],
    queryFn: () => api<Contact>(`/contacts/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateContacts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: contactsKey });
}

export function useCreateContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (body: ContactCreate) => api<Contact>('/contacts', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ContactUpdate }) =>
      api<Contact>(`/contacts/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({ mutationFn: (id: string) => api<void>(`/contacts/${id}`, { method: 'DELETE' }), onSuccess: invalidate });
}

export function useContactBulk() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (body: ContactBulk) => api<{ affected: number }>('/contacts/bulk', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useDuplicates() {
  return useCursorList<DuplicateGroup>([...contactsKey, 'duplicates'], '/contacts/duplicates', {});
}

export function useMergeContacts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { primaryId: string; duplicateIds: string[] }) =>
      api<Contact>('/contacts/merge', { method: 'POST', body }),
    onSuccess: () => Promise.all([contactsKey, ['activities']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

/** Uploads or replaces a contact's photo; the server checks that it really is a PNG, JPEG or WebP. */
export function useUploadAvatar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return api<Contact>(`/contacts/${id}/avatar`, { method: 'POST', body: form });
    },
    onSuccess: (contact) => {
      client.setQueryData([...contactsKey, 'one', contact.id], contact);
      return client.invalidateQueries({ queryKey: contactsKey });
    },
  });
}

export function useRemoveAvatar() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/contacts/${id}/avatar`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
