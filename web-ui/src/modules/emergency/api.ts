import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';
import type { paths } from '../../api/schema';
import { useTenant } from '../../tenant/TenantContext';

export type EmergencyView = Schemas['EmergencyView'];
export type EmergencySummary = Schemas['EmergencySummary'];
export type IntakeRequest = Schemas['IntakeRequest'];
export type PersonRequest = Schemas['PersonRequest'];
export type InvolvedPerson = Schemas['InvolvedPerson'];
export type AccommodationOffer = Schemas['AccommodationOffer'];
export type FollowUpItem = EmergencyView['followUp'][number];
export type EmergencyQuery = NonNullable<paths['/api/emergency/emergencies']['get']['parameters']['query']>;

/** Query keys: everything of one emergency under ['emergency', 'emergency', municipality, id]. */
export const keys = {
  list: (tenant: string | null, query: EmergencyQuery) => ['emergency', 'list', tenant ?? 'district', query] as const,
  emergency: (municipality: string, id: string) => ['emergency', 'emergency', municipality, id] as const,
  caseOf: (municipality: string, id: string) => ['emergency', 'case', municipality, id] as const,
  offers: (municipality: string) => ['emergency', 'offers', municipality] as const,
};

export function useEmergencies(query: EmergencyQuery) {
  const api = useApiClient();
  const { tenant } = useTenant();
  return useQuery<Schemas['PagedModelEmergencySummary'], ApiError>({
    queryKey: keys.list(tenant, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/emergency/emergencies', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Calls about one emergency are made in its own municipality (the X-Casa-Tenant of agency staff). */
export function useEmergency(municipality: string, id: string) {
  const api = useApiClient(municipality);
  return useQuery<EmergencyView, ApiError>({
    queryKey: keys.emergency(municipality, id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/emergency/emergencies/{emergencyId}', { params: { path: { emergencyId: id } }, signal })),
  });
}

/**
 * The case opened for a handed-over emergency. Case work opens it a moment after the closure (through an event), so
 * until it is found the query asks again every second, for a while.
 */
export function useCaseOfEmergency(municipality: string, id: string, handedOver: boolean) {
  const api = useApiClient(municipality);
  return useQuery<Schemas['CaseView'] | null, ApiError>({
    queryKey: keys.caseOf(municipality, id),
    enabled: handedOver,
    queryFn: async ({ signal }) => {
      const result = await api.GET('/api/casework/cases/origin/{module}/{reference}', {
        params: { path: { module: 'emergency', reference: id } },
        signal,
      });
      if (result.response.status === 404) return null;
      return unwrap(Promise.resolve(result));
    },
    refetchInterval: (query) => (query.state.data === null && query.state.dataUpdateCount < 60 ? 1000 : false),
  });
}

export function useOffers(municipality: string, enabled: boolean) {
  const api = useApiClient(municipality);
  return useQuery<AccommodationOffer[], ApiError>({
    queryKey: keys.offers(municipality),
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/emergency/accommodation-offers', { signal })),
  });
}

/** A change to one emergency: its answer (the new view) replaces the cached one, and the lists are refreshed. */
export function useEmergencyMutation<T>(municipality: string, id: string, change: (api: ApiClient, input: T) => Promise<EmergencyView>) {
  const api = useApiClient(municipality);
  const queryClient = useQueryClient();
  return useMutation<EmergencyView, ApiError, T>({
    mutationFn: (input) => change(api, input),
    onSuccess: (view) => {
      queryClient.setQueryData(keys.emergency(municipality, id), view);
      void queryClient.invalidateQueries({ queryKey: ['emergency', 'list'] });
    },
  });
}
