import {
  bulkResult,
  contact,
  contactBulk,
  contactCreate,
  contactFilter,
  contactListQuery,
  contactMerge,
  contactUpdate,
  duplicateGroup,
  idParams,
  listQuery,
  page,
} from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { contactAvatarRoutes } from './contact-avatar.routes.ts';
import { bulkContacts } from './contacts.bulk.ts';
import { listDuplicates, mergeContacts } from './contacts.duplicates.ts';
import { countContacts, listContacts } from './contacts.repo.ts';
import { createContact, deleteContact, getContact, updateContact } from './contacts.service.ts';

export async function contactsRoutes(app: App) {
  const tags = ['contacts'];
  const read = { ability: 'contacts.read.own' } as const;
  const write = { ability: 'contacts.write.own' } as const;

  app.get(
    '/api/v1/contacts',
    { config: read, schema: { tags, querystring: contactListQuery, response: { 200: page(contact) } } },
    (req) => listContacts(ctxOf(req), req.query),
  );
  // "Select all N matching" and the list header need the total, which the keyset list does not compute.
  app.get(
    '/api/v1/contacts/count',
    { config: read, schema: { tags, querystring: contactFilter, response: { 200: z.object({ count: z.number().int() }) } } },
    async (req) => ({ count: await countContacts(ctxOf(req), req.query) }),
  );
  app.get(
    '/api/v1/contacts/duplicates',
    {
      config: read,
      schema: { tags, querystring: listQuery.omit({ q: true }), response: { 200: page(duplicateGroup) } },
    },
    (req) => listDuplicates(ctxOf(req), Math.min(req.query.limit, 50), req.query.cursor),
  );
  app.post('/api/v1/contacts/merge', { config: write, schema: { tags, body: contactMerge, response: { 200: contact } } }, (req) =>
    mergeContacts(ctxOf(req), req.body.primaryId, req.body.duplicateIds),
  );
  app.post(
    '/api/v1/contacts/bulk',
    { config: write, schema: { tags, body: contactBulk, response: { 200: bulkResult } } },
    (req) => bulkContacts(ctxOf(req), req.body),
  );
  app.post(
    '/api/v1/contacts',
    { config: write, schema: { tags, body: contactCreate, response: { 201: contact } } },
    async (req, reply) => reply.code(201).send(await createContact(ctxOf(req), req.body)),
  );
  app.get('/api/v1/contacts/:id', { config: read, schema: { tags, params: idParams, response: { 200: contact } } }, (req) =>
    getContact(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/contacts/:id',
    { config: write, schema: { tags, params: idParams, body: contactUpdate, response: { 200: contact } } },
    (req) => updateContact(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/contacts/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteContact(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
  await contactAvatarRoutes(app);
}
