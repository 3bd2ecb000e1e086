import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits of randomness; only its hash is stored, so a database leak yields no usable token. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
