import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The server takes at most ~100 KB of PNG or JPEG (what both the PDF and XLSX writers embed). */
const MAX_BYTES = 100 * 1024;
const TYPES = ['image/png', 'image/jpeg'];

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

type Props = { value: string | null; error?: string; onChange: (dataUrl: string | null) => void };

/** The logo printed on quotes and invoices, kept in the settings as a data URL. */
export function LogoInput({ value, error, onChange }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    if (!TYPES.includes(file.type)) return setProblem(t('companySettings.logoBadType'));
    if (file.size > MAX_BYTES) return setProblem(t('companySettings.logoTooBig'));
    setProblem(null);
    onChange(await readAsDataUrl(file));
  };

  return (
    <Input.Wrapper label={t('companySettings.logo')} description={t('companySettings.logoHint')} error={problem ?? error}>
      <Group gap="sm" mt={4}>
        {value ? (
          <Image src={value} alt={t('companySettings.logo')} h={48} w="auto" fit="contain" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('companySettings.noLogo')}
          </Text>
        )}
        <FileButton onChange={pick} accept={TYPES.join(',')}>
          {(props) => (
            <Button {...props} size="compact-sm" variant="light" leftSection={<IconUpload size={14} />}>
              {t('companySettings.uploadLogo')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => onChange(null)}
          >
            {t('companySettings.removeLogo')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
