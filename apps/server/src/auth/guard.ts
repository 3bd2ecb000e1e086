import { type Ability, ROLES, type Role, roleCan } from '@spilno/schema';
import type { FastifyRequest } from 'fastify';
import type { App, AuthContext } from '../http/app-types.ts';
import { AppError } from '../http/errors.ts';
import { isoIn, nowIso } from '../lib/time.ts';
import { findSessionByToken, touchSession } from '../modules/auth/sessions.repo.ts';
import { safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'spilno_session';
export const CSRF_COOKIE = 'spilno_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

async function authenticate(app: App, req: FastifyRequest): Promise<AuthContext | null> {
  const bearer = bearerToken(req);
  const token = bearer ?? req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const { db, config } = app.deps;
  const row = await findSessionByToken(db, token);
  const now = nowIso();
  if (!row || row.status !== 'active' || row.expires_at <= now || row.last_seen_at <= isoIn(-config.sessionIdleMs)) return null;
  if (Date.parse(now) - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) await touchSession(db, row.sessionId, now);
  const role = (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : null;
  if (!role) return null;
  return {
    user: { id: row.id, email: row.email, name: row.name, role, status: row.status },
    sessionId: row.sessionId,
    via: bearer ? 'bearer' : 'cookie',
    csrfToken: row.csrf_token,
  };
}

/**
 * Every /api/v1 route must declare `config.ability`; the app refuses to start otherwise. On each
 * request: who is calling (cookie or bearer), may their role do this, and for cookie-borne
 * writes, does the CSRF header match the session's token.
 */
export function registerGuard(app: App): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null as never);

  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const ability = route.config?.ability;
    if (!ability) throw new Error(`Route ${String(route.method)} ${route.url} declares no ability`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, ability });
  });

  app.addHook('onRequest', async (req) => {
    req.actor = { userId: null, userName: null, ip: req.ip, userAgent: req.headers['user-agent']?.slice(0, 500) ?? null };
    const ability: Ability | 'public' | undefined = req.routeOptions.config?.ability;
    if (!ability || ability === 'public') return;
    const auth = await authenticate(app, req);
    if (!auth) throw new AppError('unauthorized', 'Sign in to continue.');
    req.auth = auth;
    req.actor = { ...req.actor, userId: auth.user.id, userName: auth.user.name };
    if (!roleCan(auth.user.role, ability)) throw new AppError('forbidden', 'Your role does not allow this.');
    if (auth.via === 'cookie' && UNSAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError('forbidden', 'The request lacks a valid CSRF token; reload the page and try again.');
      }
    }
  });
}

/** The signed-in caller; only valid on routes that declare an ability other than 'public'. */
export function authOf(req: FastifyRequest): AuthContext {
  if (!req.auth) throw new AppError('unauthorized', 'Sign in to continue.');
  return req.auth;
}
