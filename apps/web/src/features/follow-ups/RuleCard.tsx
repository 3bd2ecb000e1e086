import { Badge, Button, Group, NumberInput, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { TASK_TYPES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { type FollowUpRule, type FollowUpRuleUpdate, useUpdateFollowUpRule } from './follow-ups.api.ts';

/** Creation rules count hours until the task is due; silence rules count days without contact. */
const unitOf = (rule: FollowUpRule) => (rule.kind.endsWith('_created') ? 'hours' : 'days');

/** One rule: the switch saves at once, the amount and task type wait for Save. */
export function RuleCard({ rule }: { rule: FollowUpRule }) {
  const { t } = useTranslation();
  const update = useUpdateFollowUpRule();
  const [amount, setAmount] = useState<number | string>(rule.amount);
  const [taskType, setTaskType] = useState(rule.taskType);
  const valid = typeof amount === 'number' && Number.isInteger(amount) && amount >= 1 && amount <= 365;
  const dirty = amount !== rule.amount || taskType !== rule.taskType;

  const save = (patch: FollowUpRuleUpdate, message: string) =>
    update.mutate({ kind: rule.kind, patch }, { onSuccess: () => notifySuccess(message), onError: (e) => notifyError(e, t) });
  const id = `follow-up-${rule.kind}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={600} id={id}>
              {t(`followUps.kinds.${rule.kind}.title`)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`followUps.kinds.${rule.kind}.summary`, { count: rule.amount })}
            </Text>
          </Stack>
          {rule.available ? (
            <Switch
              checked={rule.enabled}
              disabled={update.isPending}
              aria-label={t('followUps.enabled', { rule: t(`followUps.kinds.${rule.kind}.title`) })}
              onChange={(e) =>
                save(
                  { enabled: e.currentTarget.checked },
                  t(e.currentTarget.checked ? 'followUps.switchedOn' : 'followUps.switchedOff'),
                )
              }
            />
          ) : (
            <Badge variant="light" color="gray">
              {t('followUps.unavailable')}
            </Badge>
          )}
        </Group>
        <Group align="flex-end" gap="sm">
          <NumberInput
            w={180}
            label={t(`followUps.${unitOf(rule)}`)}
            min={1}
            max={365}
            allowDecimal={false}
            value={amount}
            onChange={setAmount}
            error={valid ? undefined : t('followUps.amountRange')}
            disabled={!rule.available}
          />
          <Select
            w={180}
            label={t('followUps.taskType')}
            data={TASK_TYPES.map((type) => ({ value: type, label: t(`tasks.types.${type}`) }))}
            value={taskType}
            onChange={(v) => v && setTaskType(v as FollowUpRule['taskType'])}
            allowDeselect={false}
            disabled={!rule.available}
          />
          <Button
            variant="light"
            disabled={!dirty || !valid}
            loading={update.isPending}
            onClick={() => save({ amount: amount as number, taskType }, t('followUps.saved'))}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
