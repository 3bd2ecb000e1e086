import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { NewPipelineModal } from './NewPipelineModal.tsx';
import { PipelineEditor } from './PipelineEditor.tsx';
import { usePipelines } from './pipelines.api.ts';

/** Settings › Pipelines: the sales pipelines and their stages (administrators). */
export default function PipelinesPage() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('pipelines.title')}
        description={t('pipelines.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('pipelines.new')}
          </Button>
        }
      />
      <QueryGate query={pipelines}>
        {(all) => {
          const pipeline = all.find((p) => p.id === chosen) ?? all.find((p) => p.isDefault) ?? all[0];
          return (
            pipeline && (
              <>
                {all.length > 1 && (
                  <Group mb="md">
                    <Select
                      label={t('deals.pipeline')}
                      data={all.map((p) => ({
                        value: p.id,
                        label: p.isDefault ? `${p.name} (${t('pipelines.default')})` : p.name,
                      }))}
                      value={pipeline.id}
                      onChange={setChosen}
                      allowDeselect={false}
                    />
                  </Group>
                )}
                {/* A fresh editor per saved version, so its drafts start from what the server has. */}
                <PipelineEditor key={JSON.stringify(pipeline)} pipeline={pipeline} onDeleted={() => setChosen(null)} />
              </>
            )
          );
        }}
      </QueryGate>
      {creating && (
        <NewPipelineModal
          onClose={() => setCreating(false)}
          onCreated={(p) => {
            setCreating(false);
            setChosen(p.id);
          }}
        />
      )}
    </>
  );
}
