import { z } from 'zod';
import { id, isoDateTime } from './common.ts';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;

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

/** The stages of the source documents; probabilities are the usual defaults. */
export const DEFAULT_STAGES: { name: string; probability: number; kind: (typeof STAGE_KINDS)[number] }[] = [
  { name: 'Qualification', probability: 10, kind: 'open' },
  { name: 'Needs analysis', probability: 20, kind: 'open' },
  { name: 'Value proposition', probability: 40, kind: 'open' },
  { name: 'Id. decision makers', probability: 60, kind: 'open' },
  { name: 'Perception analysis', probability: 70, kind: 'open' },
  { name: 'Proposal/price quote', probability: 75, kind: 'open' },
  { name: 'Negotiation/review', probability: 90, kind: 'open' },
  { name: 'Closed won', probability: 100, kind: 'won' },
  { name: 'Closed lost', probability: 0, kind: 'lost' },
];
