import { idParams, ownedCounts, page, user, userCreate, userHandover, userListQuery, userUpdate } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { countOwned, handOver } from './users.handover.ts';
import { findUser, listUsers, presentUser } from './users.repo.ts';
import { createUser, deleteUser, updateUser } from './users.service.ts';

export async function usersRoutes(app: App) {
  const { db } = app.deps;
  const tags = ['users'];

  // Everyone may list colleagues (owner pickers, assignees); only admins change them.
  app.get(
    '/api/v1/users',
    { config: { ability: 'users.read' }, schema: { tags, querystring: userListQuery, response: { 200: page(user) } } },
    (req) => listUsers(db, req.query),
  );

  app.get(
    '/api/v1/users/:id',
    { config: { ability: 'users.read' }, schema: { tags, params: idParams, response: { 200: user } } },
    async (req) => {
      const row = await findUser(db, req.params.id);
      if (!row) throw notFound('user');
      return presentUser(row);
    },
  );

  app.post(
    '/api/v1/users',
    { config: { ability: 'users.manage' }, schema: { tags, body: userCreate, response: { 201: user } } },
    async (req, reply) => reply.code(201).send(await createUser(db, req.actor, req.body)),
  );

  app.patch(
    '/api/v1/users/:id',
    { config: { ability: 'users.manage' }, schema: { tags, params: idParams, body: userUpdate, response: { 200: user } } },
    (req) => updateUser(db, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/api/v1/users/:id',
    { config: { ability: 'users.manage' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      await deleteUser(db, req.actor, req.params.id);
      return reply.code(204).send();
    },
  );

  // What a handover would move: the admin sees it before choosing who receives it.
  app.get(
    '/api/v1/users/:id/owned',
    {
      config: { ability: 'users.manage' },
      schema: { tags, params: idParams, response: { 200: z.object({ counts: ownedCounts }) } },
    },
    async (req) => {
      if (!(await findUser(db, req.params.id))) throw notFound('user');
      return { counts: await countOwned(db, req.params.id) };
    },
  );

  app.post(
    '/api/v1/users/:id/handover',
    {
      config: { ability: 'users.manage' },
      schema: {
        tags,
        params: idParams,
        body: userHandover,
        response: { 200: z.object({ moved: ownedCounts }) },
      },
    },
    async (req) => ({ moved: await handOver(ctxOf(req), req.params.id, req.body.toUserId) }),
  );
}
