import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif';
// Our forms mark the rare optional field instead of every required one; it also keeps each
// label's text exactly the field's name, which is what people (and tests) look for.
const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily },
  components: {
    // Plain objects rather than Component.extend(), which would pull Select into the entry chunk.
    TextInput: noAsterisk,
    PasswordInput: noAsterisk,
    Select: noAsterisk,
    // Sentence case reads calmer than capitals and keeps long translations from being cut off.
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'spilno.color-scheme' });
