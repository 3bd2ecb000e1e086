import { z } from 'zod';
import { ROLES } from './abilities.ts';
import { id, isoDateTime, listQuery } from './common.ts';
import { LOCALES, PASSWORD_MIN, USER_STATUSES } from './values.ts';

export type Locale = (typeof LOCALES)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;

export const PASSWORD_MAX = 256;
export const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
export const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
export const personName = z.string().trim().min(1).max(120);

export const user = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(USER_STATUSES),
  locale: z.enum(LOCALES),
  theme: z.enum(THEMES),
  lastLoginAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const userCreate = z.strictObject({
  email,
  name: personName,
  password,
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('en'),
});
export type UserCreate = z.input<typeof userCreate>;

/** What an admin may change on any user. */
export const userUpdate = z.strictObject({
  email: email.optional(),
  name: personName.optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type UserUpdate = z.input<typeof userUpdate>;

export const userListQuery = listQuery.extend({
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
});

/** Moves every record a (usually deactivated) user owns to another user. */
export const userHandover = z.strictObject({ toUserId: id });
/** How many records of each kind (`contacts`, `deals`…) a user owns, or a handover moved. */
export const ownedCounts = z.record(z.string(), z.number().int());
export type OwnedCounts = z.infer<typeof ownedCounts>;

/** What each user may change on themselves. */
export const profileUpdate = z.strictObject({
  name: personName.optional(),
  locale: z.enum(LOCALES).optional(),
  theme: z.enum(THEMES).optional(),
});
export type ProfileUpdate = z.input<typeof profileUpdate>;
