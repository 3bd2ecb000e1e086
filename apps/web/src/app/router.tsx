import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '../components/PageLoader.tsx';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { NotFound, RouteError } from './ErrorScreens.tsx';
import { PublicOnly, RequireUser, RootGate } from './guards.tsx';
import { type AppModule, MODULES } from './modules.ts';

const SignInPage = lazy(() => import('../features/auth/SignInPage.tsx'));
const SignUpPage = lazy(() => import('../features/auth/SignUpPage.tsx'));
const FirstRunPage = lazy(() => import('../features/auth/FirstRunPage.tsx'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage.tsx'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage.tsx'));
const AppLayout = lazy(() => import('./AppLayout.tsx'));
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage.tsx'));

const RequireAbility = lazy(() => import('./access.tsx').then((m) => ({ default: m.RequireAbility })));
const FirstSection = lazy(() => import('./access.tsx').then((m) => ({ default: m.FirstSection })));

function moduleRoute(module: AppModule): RouteObject {
  const Page = module.page ?? NotFound;
  if (module.subpages) {
    return {
      path: module.path.slice(1),
      element: (
        <RequireAbility abilities={module.abilities}>
          <Outlet />
        </RequireAbility>
      ),
      children: [
        { index: true, element: <Page /> },
        ...module.subpages.map(({ path, page: Sub }) => ({ path, element: <Sub /> })),
      ],
    };
  }
  return {
    path: module.path.slice(1),
    element: (
      <RequireAbility abilities={module.abilities}>
        <Page />
      </RequireAbility>
    ),
    children: module.sections && [
      { index: true, element: <FirstSection module={module} /> },
      ...module.sections.map(({ path, ability, page: Section }) => ({
        path,
        element: (
          <RequireAbility abilities={[ability]}>
            <Section />
          </RequireAbility>
        ),
      })),
    ],
  };
}

const routes: RouteObject[] = [
  {
    element: <RootGate />,
    errorElement: <RouteError />,
    children: [
      {
        element: (
          <PublicOnly>
            <AuthLayout />
          </PublicOnly>
        ),
        children: [
          { path: 'setup', element: <FirstRunPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      // A reset link works whether or not someone is signed in on this device.
      { element: <AuthLayout />, children: [{ path: 'reset-password', element: <ResetPasswordPage /> }] },
      {
        element: <RequireUser />,
        children: [
          {
            element: (
              <Suspense fallback={<PageLoader fullScreen />}>
                <AppLayout />
              </Suspense>
            ),
            children: [
              { index: true, element: <HomePage /> },
              { path: 'profile', element: <ProfilePage /> },
              ...MODULES.filter((m) => m.built).map(moduleRoute),
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
