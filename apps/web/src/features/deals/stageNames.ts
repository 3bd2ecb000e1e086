import type { Pipeline } from '@spilno/schema';
import type { TFunction } from 'i18next';

// The server names the default pipeline and the usual stages (DEFAULT_STAGES) in English, as
// data an admin may rename; until they do, each reader sees them in their own language.
const DEFAULT_PIPELINE = 'Sales';
const STAGE_KEYS = {
  Qualification: 'qualification',
  'Needs analysis': 'needsAnalysis',
  'Value proposition': 'valueProposition',
  'Id. decision makers': 'decisionMakers',
  'Perception analysis': 'perceptionAnalysis',
  'Proposal/price quote': 'proposal',
  'Negotiation/review': 'negotiation',
  'Closed won': 'closedWon',
  'Closed lost': 'closedLost',
} as const;
type StageKey = (typeof STAGE_KEYS)[keyof typeof STAGE_KEYS];

/** A stage name as the reader should see it: a default one translated, any other as it was typed. */
export function stageName(name: string, t: TFunction): string {
  const key: StageKey | undefined = (STAGE_KEYS as Record<string, StageKey>)[name];
  return key ? t(`pipelines.stageNames.${key}`) : name;
}

export function localizePipeline(p: Pipeline, t: TFunction): Pipeline {
  return {
    ...p,
    name: p.name === DEFAULT_PIPELINE ? t('pipelines.defaultName') : p.name,
    stages: p.stages.map((s) => ({ ...s, name: stageName(s.name, t) })),
  };
}
