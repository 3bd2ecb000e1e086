import { z } from 'zod';
import { id, isoDateTime } from './common.ts';

export const SAVED_VIEW_ENTITIES = ['contacts', 'companies'] as const;

/** A named filter + columns + sort, private to its owner or shared with everyone. */
export const savedView = z.object({
  id,
  entity: z.enum(SAVED_VIEW_ENTITIES),
  name: z.string(),
  filters: z.record(z.string(), z.unknown()),
  columns: z.array(z.string()),
  sort: z.string().nullable(),
  shared: z.boolean(),
  ownerId: id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SavedView = z.infer<typeof savedView>;

export const savedViewCreate = z.strictObject({
  entity: z.enum(SAVED_VIEW_ENTITIES),
  name: z.string().trim().min(1).max(100),
  filters: z.record(z.string().max(60), z.unknown()).default({}),
  columns: z.array(z.string().max(60)).max(50).default([]),
  sort: z.string().max(60).nullable().default(null),
  shared: z.boolean().default(false),
});
export const savedViewUpdate = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  filters: z.record(z.string().max(60), z.unknown()).optional(),
  columns: z.array(z.string().max(60)).max(50).optional(),
  sort: z.string().max(60).nullable().optional(),
  shared: z.boolean().optional(),
});
export const savedViewListQuery = z.strictObject({ entity: z.enum(SAVED_VIEW_ENTITIES) });
