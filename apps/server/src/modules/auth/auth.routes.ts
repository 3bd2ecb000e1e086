import {
  idParams,
  loginAttempt,
  loginBody,
  loginHistoryQuery,
  loginResponse,
  page,
  passwordChange,
  passwordResetConfirm,
  passwordResetRequest,
  profileUpdate,
  registerBody,
  session,
  user,
} from '@spilno/schema';
import { z } from 'zod';
import { authOf } from '../../auth/guard.ts';
import type { App } from '../../http/app-types.ts';
import { notFound } from '../../http/errors.ts';
import { countUsers, findUser, presentUser } from '../users/users.repo.ts';
import { updateUser } from '../users/users.service.ts';
import { changePassword, login, logout, register } from './auth.service.ts';
import { clearSessionCookies, setSessionCookies } from './cookies.ts';
import { listLoginAttempts } from './login-attempts.repo.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.ts';
import { listLiveSessions, revokeSession } from './sessions.repo.ts';

const tags = ['auth'];
const registered = z.object({ user, token: z.string().optional(), csrfToken: z.string().optional() });

export async function authRoutes(app: App) {
  const deps = app.deps;

  app.get(
    '/api/v1/auth/setup',
    { config: { ability: 'public' }, schema: { tags, response: { 200: z.object({ needsSetup: z.boolean() }) } } },
    async () => ({
      needsSetup: (await countUsers(deps.db)) === 0,
    }),
  );

  app.post(
    '/api/v1/auth/register',
    { config: { ability: 'public' }, schema: { tags, body: registerBody, response: { 201: registered } } },
    async (req, reply) => {
      const { user: created, session: s } = await register(deps, req.actor, req.body);
      if (s) setSessionCookies(req, reply, s);
      return reply.code(201).send(s ? { user: created, token: s.token, csrfToken: s.csrfToken } : { user: created });
    },
  );

  app.post(
    '/api/v1/auth/login',
    { config: { ability: 'public' }, schema: { tags, body: loginBody, response: { 200: loginResponse } } },
    async (req, reply) => {
      const { user: signedIn, session: s } = await login(deps, req.actor, req.body);
      setSessionCookies(req, reply, s);
      return { user: signedIn, token: s.token, csrfToken: s.csrfToken };
    },
  );

  app.post('/api/v1/auth/logout', { config: { ability: 'profile.self' }, schema: { tags } }, async (req, reply) => {
    await logout(deps, req.actor, authOf(req));
    clearSessionCookies(reply);
    return reply.code(204).send();
  });

  app.get('/api/v1/auth/me', { config: { ability: 'profile.self' }, schema: { tags, response: { 200: user } } }, async (req) => {
    const me = await findUser(deps.db, authOf(req).user.id);
    if (!me) throw notFound('user');
    return presentUser(me);
  });

  app.patch(
    '/api/v1/auth/me',
    { config: { ability: 'profile.self' }, schema: { tags, body: profileUpdate, response: { 200: user } } },
    (req) => updateUser(deps.db, req.actor, authOf(req).user.id, req.body),
  );

  app.post(
    '/api/v1/auth/password',
    { config: { ability: 'profile.self' }, schema: { tags, body: passwordChange } },
    async (req, reply) => {
      await changePassword(deps, req.actor, authOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { ability: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: { tags, body: passwordResetRequest },
    },
    async (req, reply) => {
      await requestPasswordReset(deps, req.body.email);
      return reply.code(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    { config: { ability: 'public' }, schema: { tags, body: passwordResetConfirm } },
    async (req, reply) => {
      await confirmPasswordReset(deps, req.actor, req.body.token, req.body.password);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { config: { ability: 'profile.self' }, schema: { tags, response: { 200: page(session) } } },
    async (req) => {
      const auth = authOf(req);
      return {
        items: await listLiveSessions(deps.db, auth.user.id, auth.sessionId, deps.config.sessionIdleMs),
        nextCursor: null,
      };
    },
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    { config: { ability: 'profile.self' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      if (!(await revokeSession(deps.db, authOf(req).user.id, req.params.id))) throw notFound('session');
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/login-history',
    {
      config: { ability: 'audit.read' },
      schema: { tags, querystring: loginHistoryQuery, response: { 200: page(loginAttempt) } },
    },
    (req) => listLoginAttempts(deps.db, req.query),
  );
}
