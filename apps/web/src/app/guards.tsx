import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import { useMe, useSetup, wasSignedOutOnPurpose } from '../features/auth/session.ts';
import { useApplyPreferences } from '../features/profile/preferences.ts';
import { ErrorScreen } from './ErrorScreens.tsx';

/** Waits for "is there any account" and "who am I"; sends a fresh install to the first-run page. */
export function RootGate() {
  const setup = useSetup();
  const me = useMe();
  const { pathname } = useLocation();
  if (setup.isPending || me.isPending) return <PageLoader fullScreen />;
  if (setup.isError) return <ErrorScreen error={setup.error} onRetry={() => setup.refetch()} />;
  if (me.isError) return <ErrorScreen error={me.error} onRetry={() => me.refetch()} />;
  if (setup.data.needsSetup && pathname !== '/setup') return <Navigate to="/setup" replace />;
  if (!setup.data.needsSetup && pathname === '/setup') return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}

type FromState = { from?: string } | null;

/** Sign-in and its sibling pages: a signed-in user goes where they were headed instead. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  const location = useLocation();
  if (me) return <Navigate to={(location.state as FromState)?.from ?? '/'} replace />;
  return children;
}

export function RequireUser() {
  const { data: me } = useMe();
  const location = useLocation();
  useApplyPreferences(me ?? null);
  if (!me) {
    // After an expired session or on a deep link, come back here once signed in.
    const state = wasSignedOutOnPurpose() ? null : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
