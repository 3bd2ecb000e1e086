import { type ComponentProps, lazy, Suspense } from 'react';

// Forms download the first time they open (see CONTRIBUTING, "Panels load on first open").
const Form = lazy(() => import('./ContactFormDrawer.tsx').then((m) => ({ default: m.ContactFormDrawer })));

export function ContactFormDrawer(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  );
}
