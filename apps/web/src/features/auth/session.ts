import type { LoginResponse, User } from '@spilno/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api.ts';
import { forgetUserData, meKey, setupKey } from '../../lib/query-client.ts';

async function fetchMe(): Promise<User | null> {
  try {
    return await api<User>('/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}

export function useSetup() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api<{ needsSetup: boolean }>('/auth/setup'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The user inside protected pages; RequireUser guarantees there is one. */
export function useCurrentUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside a signed-in page');
  return data;
}

/**
 * True after the user signed out on purpose (until the next sign-in): the sign-in page then
 * starts afresh instead of offering to go back to the page they left.
 */
let signedOutOnPurpose = false;
export const wasSignedOutOnPurpose = (): boolean => signedOutOnPurpose;

/** Sign in / out helpers that keep the cache in step with the session cookie. */
export function useSessionActions() {
  const client = useQueryClient();
  return {
    signedIn(user: User) {
      signedOutOnPurpose = false;
      forgetUserData(client);
      client.setQueryData(setupKey, { needsSetup: false });
      client.setQueryData(meKey, user);
    },
    async signIn(email: string, password: string): Promise<User> {
      const res = await api<LoginResponse>('/auth/login', { method: 'POST', body: { email, password } });
      return res.user;
    },
    async signOut() {
      signedOutOnPurpose = true;
      try {
        await api('/auth/logout', { method: 'POST' });
      } finally {
        forgetUserData(client);
        client.setQueryData(meKey, null);
      }
    },
  };
}
