import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { Shell } from './shell/Shell';
import { TenantProvider } from './tenant/TenantContext';

export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TenantProvider>
          <BrowserRouter>
            <Shell />
          </BrowserRouter>
        </TenantProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
