import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Me } from '../api/me';
import { createQueryClient } from '../api/queryClient';
import type { ProblemDetail } from '../api/problem';
import { initI18n, type Language } from '../i18n';
import { Shell } from '../shell/Shell';
import { TenantProvider } from '../tenant/TenantContext';

export const TENANTS = [
  { id: 'san-giuliano-milanese', name: 'San Giuliano Milanese' },
  { id: 'san-donato-milanese', name: 'San Donato Milanese' },
  { id: 'melegnano', name: 'Melegnano' },
];

export function agencyOperator(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'u-agency',
    displayName: 'Giulia Bianchi',
    roles: ['AGENCY_OPERATOR'],
    boundTenant: null,
    canChooseTenant: true,
    tenants: TENANTS,
    modules: [
      { name: 'casework', rights: ['read', 'notes', 'write', 'triage'] },
      { name: 'emergency', rights: ['work', 'district'] },
      { name: 'monitoring', rights: ['read', 'district'] },
    ],
    ...overrides,
  };
}

export function municipalOperator(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'u-melegnano',
    displayName: 'Marco Rossi',
    roles: ['MUNICIPAL_OPERATOR'],
    boundTenant: 'melegnano',
    canChooseTenant: false,
    tenants: [{ id: 'melegnano', name: 'Melegnano' }],
    modules: [
      { name: 'casework', rights: ['read', 'notes', 'write'] },
      { name: 'emergency', rights: ['work'] },
      { name: 'monitoring', rights: ['read'] },
    ],
    ...overrides,
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(problem: ProblemDetail, status = problem.status ?? 500): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A fake server: answers each fetch with what `answer` returns for it, and records the requests. */
export function fakeServer(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit; body?: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // The generated client (openapi-fetch) sends a Request: record its method, headers and JSON body alike.
    if (input instanceof Request) {
      const text = await input.clone().text();
      const request = { method: input.method, headers: input.headers };
      calls.push({ url, init: request, body: text ? JSON.parse(text) : undefined });
      return answer(url, request);
    }
    calls.push({ url, init });
    return answer(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    tenantHeaders: () => calls.map((call) => new Headers(call.init.headers).get('X-Casa-Tenant')),
  };
}

export function renderWithProviders(
  ui: ReactNode,
  { route = '/', tenant = null as string | null, language = 'it' as Language } = {},
) {
  const i18n = initI18n(language);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 30_000 } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TenantProvider initialTenant={tenant}>
          <RouterProvider router={createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] })} />
        </TenantProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

export function renderShell(options: { route?: string; tenant?: string | null; language?: Language } = {}) {
  return renderWithProviders(<Shell />, options);
}

/**
 * The module navigation. design-react-kit keeps the small-screen menu panel display:none until it is
 * opened; Bootstrap Italia's CSS shows it on large screens, but tests load no CSS, so query hidden nodes.
 */
export function findNav() {
  return screen.findByRole('navigation', { name: 'Moduli', hidden: true });
}
