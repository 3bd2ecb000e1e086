import type { Pipeline, Stage } from '@spilno/schema';

/** A stage being edited; `key` identifies new stages (no id yet) while they are dragged around. */
export type StageDraft = { key: string; id?: string; name: string; probability: number; kind: Stage['kind'] };

let next = 0;
export const newStage = (kind: Stage['kind'] = 'open'): StageDraft => ({ key: `new-${++next}`, name: '', probability: 50, kind });

export const draftsOf = (pipeline: Pipeline): StageDraft[] =>
  pipeline.stages.map((s) => ({ key: s.id, id: s.id, name: s.name, probability: s.probability, kind: s.kind }));

export const stagesInput = (drafts: StageDraft[]) =>
  drafts.map((d) => ({ ...(d.id && { id: d.id }), name: d.name.trim(), probability: d.probability, kind: d.kind }));
