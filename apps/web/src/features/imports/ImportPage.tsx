import { Anchor, Button, Group, Paper, Stepper, Text } from '@mantine/core';
import type { ImportResource } from '@spilno/schema';
import { IconArrowLeft, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DryRunStep } from './DryRunStep.tsx';
import type { DryRun } from './imports.api.ts';
import { MappingStep } from './MappingStep.tsx';
import { ResultStep } from './ResultStep.tsx';
import { UploadStep } from './UploadStep.tsx';

const STEPS = ['upload', 'mapping', 'check', 'run'] as const;

type State =
  | { step: 0 }
  | { step: 1; imp: ImportResource }
  | { step: 2; imp: ImportResource; dryRun: DryRun }
  | { step: 3; imp: ImportResource };

/** Upload → check the column mapping → see what a run would do → run it and watch it finish. */
export default function ImportPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 0 });
  return (
    <>
      <Anchor component={Link} to="/contacts" size="sm" c="dimmed">
        <Group gap={4} component="span" mb="xs">
          <IconArrowLeft size={14} />
          {t('contacts.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('imports.title')}
        description={t('imports.description')}
        actions={
          <Button component={Link} to="/contacts/imports" variant="default" leftSection={<IconHistory size={16} />}>
            {t('imports.history')}
          </Button>
        }
      />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} maw={1100}>
        <Stepper active={state.step} size="sm" mb="lg" allowNextStepsSelect={false}>
          {STEPS.map((step) => (
            // On phones the numbered circles alone fit one line; each step's content says what it is.
            <Stepper.Step
              key={step}
              label={
                <Text span inherit visibleFrom="sm">
                  {t(`imports.steps.${step}`)}
                </Text>
              }
            />
          ))}
        </Stepper>
        {state.step === 0 && <UploadStep onUploaded={(imp) => setState({ step: 1, imp })} />}
        {state.step === 1 && (
          <MappingStep
            imp={state.imp}
            onBack={() => setState({ step: 0 })}
            onChecked={(imp, dryRun) => setState({ step: 2, imp, dryRun })}
          />
        )}
        {state.step === 2 && (
          <DryRunStep
            imp={state.imp}
            dryRun={state.dryRun}
            onBack={() => setState({ step: 1, imp: state.imp })}
            onStarted={(imp) => setState({ step: 3, imp })}
          />
        )}
        {state.step === 3 && <ResultStep id={state.imp.id} onAnother={() => setState({ step: 0 })} />}
      </Paper>
    </>
  );
}
