import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { CUSTOM_FIELD_TYPES } from './values.ts';

export const CUSTOM_FIELD_ENTITIES = ['contact', 'company'] as const;

export const customField = z.object({
  id,
  entity: z.enum(CUSTOM_FIELD_ENTITIES),
  key: z.string(),
  label: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string()),
  position: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CustomField = z.infer<typeof customField>;

export const customFieldCreate = z
  .strictObject({
    entity: z.enum(CUSTOM_FIELD_ENTITIES),
    key: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'lowercase letters, digits and _'),
    label: z.string().trim().min(1).max(100),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
    position: z.number().int().min(0).default(0),
  })
  .refine((f) => f.type !== 'select' || f.options.length > 0, { message: 'A select needs options', path: ['options'] });

export const customFieldUpdate = z.strictObject({
  label: z.string().trim().min(1).max(100).optional(),
  options: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  position: z.number().int().min(0).optional(),
});

export const customFieldListQuery = z.strictObject({ entity: z.enum(CUSTOM_FIELD_ENTITIES).optional() });
