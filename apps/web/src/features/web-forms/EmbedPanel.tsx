import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { formEndpoint, htmlSnippet, scriptSnippet } from './snippets.ts';
import type { WebForm } from './web-forms.api.ts';

/** One snippet to paste into a website, with its copy button. */
function Snippet({ id, title, hint, code }: { id: string; title: string; hint: string; code: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600} id={id}>
          {title}
        </Text>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'light' : 'default'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              onClick={copy}
              aria-label={t('webForms.embed.copyNamed', { name: title })}
            >
              {copied ? t('webForms.embed.copied') : t('webForms.embed.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Code block data-testid={`${id}-code`} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {code}
      </Code>
    </Stack>
  );
}

/**
 * How to put the form on a website: the script tag, or a plain HTML form for sites that run no
 * scripts. Both point at this installation's address as the admin opened it.
 */
export function EmbedPanel({ form, onClose }: { form: WebForm; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // The snippets are long: on a phone they get the whole screen rather than a scrolling box.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const endpoint = formEndpoint(window.location.origin, form.id);
  const lang = (i18n.resolvedLanguage ?? 'en').slice(0, 2);
  const labels = {
    name: t('webForms.embed.labels.name'),
    phone: t('webForms.embed.labels.phone'),
    email: t('webForms.embed.labels.email'),
    message: t('webForms.embed.labels.message'),
    send: t('webForms.embed.labels.send'),
  };
  return (
    <AppModal opened onClose={onClose} title={t('webForms.embed.title', { name: form.name })} size="xl" fullScreen={phone}>
      <Stack gap="lg">
        {!form.active && (
          <Alert color="yellow" variant="light">
            {t('webForms.embed.inactive')}
          </Alert>
        )}
        {form.allowedOrigins.length === 0 && (
          <Alert color="blue" variant="light">
            {t('webForms.embed.noOrigins')}
          </Alert>
        )}
        <Snippet
          id="embed-script"
          title={t('webForms.embed.script')}
          hint={t('webForms.embed.scriptHint')}
          code={scriptSnippet(endpoint, lang)}
        />
        <Snippet
          id="embed-html"
          title={t('webForms.embed.html')}
          hint={t('webForms.embed.htmlHint')}
          code={htmlSnippet(endpoint, labels)}
        />
        <Text size="sm" c="dimmed">
          {t('webForms.embed.endpoint')} <Code style={{ overflowWrap: 'anywhere' }}>{endpoint}</Code>
        </Text>
      </Stack>
    </AppModal>
  );
}
