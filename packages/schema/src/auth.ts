import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { email, password, personName, user } from './users.ts';

export const registerBody = z.strictObject({ email, password, name: personName });
export type RegisterBody = z.input<typeof registerBody>;

export const loginBody = z.strictObject({ email, password: z.string().min(1).max(256) });
export type LoginBody = z.input<typeof loginBody>;

export const loginResponse = z.object({ user, token: z.string(), csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

export const passwordChange = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password });
export const passwordResetRequest = z.strictObject({ email });
export const passwordResetConfirm = z.strictObject({ token: z.string().min(20).max(200), password });

export const session = z.object({
  id,
  createdAt: isoDateTime,
  lastSeenAt: isoDateTime,
  expiresAt: isoDateTime,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type Session = z.infer<typeof session>;

export const loginAttempt = z.object({
  id,
  createdAt: isoDateTime,
  email: z.string(),
  userId: id.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  success: z.boolean(),
  reason: z.string().nullable(),
});
export type LoginAttempt = z.infer<typeof loginAttempt>;

export const loginHistoryQuery = listQuery.extend({
  userId: id.optional(),
  success: z.enum(['true', 'false']).optional(),
});
