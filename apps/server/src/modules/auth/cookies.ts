import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../auth/guard.ts';
import type { NewSession } from './sessions.repo.ts';

/**
 * The session cookie is httpOnly; the CSRF cookie is readable by the web app, which echoes it in
 * the x-csrf-token header. Both are SameSite=Lax and Secure whenever the request came over HTTPS.
 */
export function setSessionCookies(req: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  const base = { path: '/', sameSite: 'lax', secure: req.protocol === 'https', expires: new Date(session.expiresAt) } as const;
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
