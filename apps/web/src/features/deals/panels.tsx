import { type ComponentProps, lazy, Suspense } from 'react';

// Forms download the first time they open (see CONTRIBUTING, "Panels load on first open").
const Form = lazy(() => import('./DealFormModal.tsx').then((m) => ({ default: m.DealFormModal })));
const Close = lazy(() => import('./CloseDealModal.tsx').then((m) => ({ default: m.CloseDealModal })));

export function DealFormModal(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  );
}

export function CloseDealModal(props: ComponentProps<typeof Close>) {
  return (
    <Suspense fallback={null}>
      <Close {...props} />
    </Suspense>
  );
}
