import type { Pipeline } from '@spilno/schema';
import { DEFAULT_STAGES } from '@spilno/schema/values';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import uk from '../../locales/uk/translation.json' with { type: 'json' };
import { localizePipeline, stageName } from './stageNames.ts';

const i18n = createInstance();
await i18n.init({ lng: 'uk', resources: { uk: { translation: uk } } });
const t = i18n.t;

describe('default pipeline and stage names', () => {
  it('shows every stage the server creates in the reader language', () => {
    const names = DEFAULT_STAGES.map((s) => stageName(s.name, t));
    expect(names).toEqual([
      'Кваліфікація',
      'Аналіз потреб',
      'Ціннісна пропозиція',
      'Визначення ОПР',
      'Аналіз сприйняття',
      'Комерційна пропозиція',
      'Переговори й узгодження',
      'Закрито: виграно',
      'Закрито: програно',
    ]);
  });

  it('keeps names an admin typed, and names the default pipeline', () => {
    const pipeline: Pipeline = {
      id: '018f0000-0000-7000-8000-000000000001',
      name: 'Sales',
      isDefault: true,
      stages: [
        { id: '018f0000-0000-7000-8000-000000000002', name: 'Замір', probability: 30, position: 0, kind: 'open' },
        { id: '018f0000-0000-7000-8000-000000000003', name: 'Closed won', probability: 100, position: 1, kind: 'won' },
      ],
      createdAt: '2026-11-25T00:00:00.000Z',
      updatedAt: '2026-11-25T00:00:00.000Z',
    };
    const shown = localizePipeline(pipeline, t);
    expect(shown.name).toBe('Продажі');
    expect(shown.stages.map((s) => s.name)).toEqual(['Замір', 'Закрито: виграно']);
    expect(localizePipeline({ ...pipeline, name: 'Дилери' }, t).name).toBe('Дилери');
  });
});
