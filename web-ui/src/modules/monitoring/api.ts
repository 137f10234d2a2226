import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';
import { useTenant } from '../../tenant/TenantContext';
import type { FiguresQuery, ReportQuery } from './filters';

export type DistrictFigures = Schemas['DistrictFigures'];
export type Fotografia = Schemas['Fotografia'];

export const keys = {
  figures: (tenant: string | null, query: FiguresQuery) => ['monitoring', 'figures', tenant ?? 'district', query] as const,
  fotografia: (tenant: string | null, query: ReportQuery) => ['monitoring', 'fotografia', tenant ?? 'district', query] as const,
};

/** The figures of the query; the previous ones stay on screen while new filters load. */
export function useFigures(query: FiguresQuery, enabled: boolean) {
  const api = useApiClient();
  const { tenant } = useTenant();
  return useQuery<DistrictFigures, ApiError>({
    queryKey: keys.figures(tenant, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/monitoring/figures', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The Fotografia laid out by the server, as its PDF: texts, counts (suppressed for the public) and notes. */
export function useFotografia(query: ReportQuery) {
  const api = useApiClient();
  const { tenant } = useTenant();
  return useQuery<Fotografia, ApiError>({
    queryKey: keys.fotografia(tenant, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/monitoring/fotografia', { params: { query }, signal })),
  });
}
