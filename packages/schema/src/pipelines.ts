import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { STAGE_KINDS } from './values.ts';

export const stage = z.object({
  id,
  name: z.string(),
  probability: z.number().int(),
  position: z.number().int(),
  kind: z.enum(STAGE_KINDS),
});
export type Stage = z.infer<typeof stage>;

export const pipeline = z.object({
  id,
  name: z.string(),
  isDefault: z.boolean(),
  stages: z.array(stage),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Pipeline = z.infer<typeof pipeline>;

const stageInput = z.strictObject({
  /** Present for an existing stage, absent for a new one. */
  id: id.optional(),
  name: z.string().trim().min(1).max(80),
  probability: z.number().int().min(0).max(100),
  kind: z.enum(STAGE_KINDS).default('open'),
});

const hasWonAndLost = (stages: { kind: string }[]) =>
  stages.some((s) => s.kind === 'won') && stages.some((s) => s.kind === 'lost');

export const pipelineCreate = z.strictObject({
  name: z.string().trim().min(1).max(100),
  isDefault: z.boolean().default(false),
  /** In board order. */
  stages: z.array(stageInput).min(2).max(30).refine(hasWonAndLost, 'A pipeline needs a won and a lost stage'),
});
export const pipelineUpdate = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  isDefault: z.literal(true).optional(),
  stages: pipelineCreate.shape.stages.optional(),
});
