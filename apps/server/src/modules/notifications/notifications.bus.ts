import { EventEmitter } from 'node:events';

/**
 * Tells this process's open streams that a user may have something new. It carries no data: the
 * stream re-reads the database, which also catches notifications written by other processes.
 */
export const notificationBus = new EventEmitter();
notificationBus.setMaxListeners(0);

export const announce = (userId: string): void => {
  notificationBus.emit('user', userId);
};
