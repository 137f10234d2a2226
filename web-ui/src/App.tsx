import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SignedOutPage } from './auth/SignedOutPage';
import { Shell } from './shell/Shell';
import { TenantProvider } from './tenant/TenantContext';

/** What the application draws: the signed-out page, which needs nobody signed in, and the shell for the rest. */
export const routes = [
  { path: '/signed-out', element: <SignedOutPage /> },
  { path: '*', element: <Shell /> },
];

/** A data router (not BrowserRouter), so that screens can hold navigation while a form has unsaved changes. */
export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: I18n }) {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TenantProvider>
          <RouterProvider router={router} />
        </TenantProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
