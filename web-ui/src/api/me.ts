import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTenant } from '../tenant/TenantContext';
import type { Schemas } from './client';
import { apiFetch } from './http';
import type { ApiError } from './problem';

export type Me = Schemas['Me'];
export type Role = Me['roles'][number];

export const ME_PATH = '/api/platform/me';

export function meQueryKey(tenant: string | null) {
  return ['platform', 'me', tenant ?? 'district'] as const;
}

export function useMe() {
  const { tenant } = useTenant();
  return useQuery<Me, ApiError>({
    queryKey: meQueryKey(tenant),
    queryFn: ({ signal }) => apiFetch<Me>(ME_PATH, { tenant, signal }),
    // Keeps the shell on screen while another municipality's modules load.
    placeholderData: keepPreviousData,
  });
}

/**
 * What the user may do in a module, e.g. `write`: the module's rights as GET /api/platform/me lists them, which are the
 * rights the server checks on every call (both come from the module's declaration). Empty for a module not listed.
 */
export function rightsIn(me: Pick<Me, 'modules'>, module: string): ReadonlySet<string> {
  return new Set(me.modules.find((entry) => entry.name === module)?.rights ?? []);
}

export function tenantName(me: Me, id: string | null): string | null {
  if (!id) return null;
  return me.tenants.find((tenant) => tenant.id === id)?.name ?? id;
}
