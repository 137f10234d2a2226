import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTenant } from '../tenant/TenantContext';
import { apiFetch } from './http';
import type { ApiError } from './problem';

export type Role =
  | 'MUNICIPAL_OPERATOR'
  | 'AGENCY_OPERATOR'
  | 'AGENCY_ADMIN'
  | 'AUTONOMY_TEAM_OPERATOR'
  | 'PARTNER_AGENCY';

export interface TenantRef {
  id: string;
  name: string;
}

export interface ModuleRef {
  name: string;
}

/** GET /api/platform/me: who the user is and what they may use in the chosen tenant. */
export interface Me {
  userId: string;
  displayName: string;
  roles: Role[];
  boundTenant: string | null;
  canChooseTenant: boolean;
  tenants: TenantRef[];
  modules: ModuleRef[];
}

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

export function tenantName(me: Me, id: string | null): string | null {
  if (!id) return null;
  return me.tenants.find((tenant) => tenant.id === id)?.name ?? id;
}
