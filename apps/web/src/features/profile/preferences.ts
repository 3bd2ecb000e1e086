import { type MantineColorScheme, useMantineColorScheme } from '@mantine/core';
import type { Locale, ProfileUpdate, User } from '@spilno/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../lib/api.ts';
import { setLanguage } from '../../lib/i18n.ts';
import { meKey } from '../../lib/query-client.ts';

/** Applies the signed-in user's language and theme whenever they change. */
export function useApplyPreferences(user: User | null): void {
  const { setColorScheme } = useMantineColorScheme();
  const locale = user?.locale;
  const theme = user?.theme;
  useEffect(() => {
    if (locale) void setLanguage(locale);
  }, [locale]);
  useEffect(() => {
    if (theme) setColorScheme(theme);
  }, [theme, setColorScheme]);
}

/** Saves profile fields; language and theme take effect at once, before the server answers. */
export function useUpdateProfile() {
  const client = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  return useMutation({
    mutationFn: (patch: ProfileUpdate) => {
      if (patch.locale) void setLanguage(patch.locale as Locale);
      if (patch.theme) setColorScheme(patch.theme as MantineColorScheme);
      return api<User>('/auth/me', { method: 'PATCH', body: patch });
    },
    onSuccess: (user) => client.setQueryData(meKey, user),
    onError: () => {
      // Put back what the server still has.
      const user = client.getQueryData<User | null>(meKey);
      if (user) {
        void setLanguage(user.locale);
        setColorScheme(user.theme);
      }
    },
  });
}
