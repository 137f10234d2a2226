import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';

export type PartnerView = Schemas['PartnerView'];

/** The caller's own agency and its terms (the municipalities it may offer in); none for the agency's staff. */
export function usePartner(enabled: boolean) {
  const api = useApiClient(null);
  return useQuery<PartnerView, ApiError>({
    queryKey: ['freemarket', 'partner'],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/freemarket/partner', { signal })),
  });
}
