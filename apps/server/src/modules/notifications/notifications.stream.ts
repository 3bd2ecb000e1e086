import type { FastifyReply, FastifyRequest } from 'fastify';
import { authOf } from '../../auth/guard.ts';
import type { App } from '../../http/app-types.ts';
import { AppError } from '../../http/errors.ts';
import { notificationBus } from './notifications.bus.ts';
import { presentNotification, unreadCount } from './notifications.repo.ts';

/** Comment lines keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** Catches notifications written by other processes (a separate scheduler, another app node). */
const POLL_MS = 5_000;
/** The stream ends now and then; EventSource reconnects and the session is checked again. */
const MAX_AGE_MS = 10 * 60_000;

/** Open streams, ended when the app closes so shutdown does not wait for clients. */
const open = new Set<() => void>();

export function endStreamsOnClose(app: App): void {
  app.addHook('onClose', async () => {
    for (const end of open) end();
  });
}

/**
 * Server-Sent Events: an `unread` event with the count and the newest unread notification, sent
 * on connect and whenever either changes. Same-origin, so the CSP's connect-src 'self' allows it.
 */
export async function streamNotifications(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!String(req.headers.accept ?? '').includes('text/event-stream')) {
    throw new AppError('invalid', 'This address streams Server-Sent Events; ask for text/event-stream.');
  }
  const userId = authOf(req).user.id;
  const { db } = req.server.deps;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');

  let last = '';
  let closed = false;
  const check = async () => {
    if (closed) return;
    try {
      const count = await unreadCount(db, userId);
      const newest = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('in_app', '=', 1)
        .where('is_read', '=', 0)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const key = `${count}:${newest?.id ?? ''}`;
      if (key === last || closed) return;
      last = key;
      const data = { unreadCount: count, latest: newest ? presentNotification(newest) : null };
      res.write(`event: unread\ndata: ${JSON.stringify(data)}\n\n`);
    } catch (err) {
      req.log.warn({ err }, 'notification stream check failed');
    }
  };
  const onUser = (id: string) => {
    // The write that announced it may not have committed yet; look a moment later.
    if (id === userId) setTimeout(check, 50);
  };
  const timers = [
    setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS),
    setInterval(check, POLL_MS),
    setTimeout(() => end(), MAX_AGE_MS),
  ];
  const stop = () => {
    closed = true;
    for (const t of timers) clearTimeout(t);
    notificationBus.off('user', onUser);
  };
  const end = () => {
    stop();
    res.end();
  };
  notificationBus.on('user', onUser);
  open.add(end);
  res.on('close', () => {
    stop();
    open.delete(end);
  });
  await check();
}
