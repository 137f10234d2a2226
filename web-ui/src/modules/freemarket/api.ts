import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '../../api/client';
import type { ApiError } from '../../api/problem';

export type OfferView = Schemas['OfferView'];
export type OfferDetails = Schemas['OfferDetails'];
export type OfferRequest = Schemas['OfferRequest'];
export type OfferPage = Schemas['OfferPage'];
export type OfferStatus = OfferView['status'];

/** Query keys: everything of Free Market under ['freemarket', ...]. */
export const keys = {
  mine: (page: number) => ['freemarket', 'mine', page] as const,
  market: (query: MarketQuery) => ['freemarket', 'market', query] as const,
  offer: (id: string, market: boolean) => ['freemarket', market ? 'market-offer' : 'offer', id] as const,
};

export interface MarketQuery {
  status?: OfferStatus;
  municipality?: string;
  page: number;
  size: number;
}

/** Offers are district data: every call is made with no municipality, whatever the agency operator chose. */
function useDistrictClient() {
  return useApiClient(null);
}

export function useMyOffers(page: number) {
  const api = useDistrictClient();
  return useQuery<OfferPage, ApiError>({
    queryKey: keys.mine(page),
    queryFn: ({ signal }) => unwrap(api.GET('/api/freemarket/offers', { params: { query: { page, size: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useMarket(query: MarketQuery) {
  const api = useDistrictClient();
  return useQuery<OfferPage, ApiError>({
    queryKey: keys.market(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/freemarket/market', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useOffer(id: string | undefined, market = false) {
  const api = useDistrictClient();
  return useQuery<OfferView, ApiError>({
    queryKey: keys.offer(id ?? '', market),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      unwrap(
        market
          ? api.GET('/api/freemarket/market/{offerId}', { params: { path: { offerId: id ?? '' } }, signal })
          : api.GET('/api/freemarket/offers/{offerId}', { params: { path: { offerId: id ?? '' } }, signal }),
      ),
  });
}

/** Writes an offer: a new one, or a change naming the version it was based on. */
export function useSaveOffer(id: string | undefined) {
  const api = useDistrictClient();
  const queryClient = useQueryClient();
  return useMutation<OfferView, ApiError, { version: number | null; offer: OfferRequest }>({
    mutationFn: ({ version, offer }) =>
      unwrap(
        id && version !== null
          ? api.PUT('/api/freemarket/offers/{offerId}', { params: { path: { offerId: id } }, body: { version, offer } })
          : api.POST('/api/freemarket/offers', { body: offer }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(keys.offer(view.id, false), view);
      void queryClient.invalidateQueries({ queryKey: ['freemarket', 'mine'] });
    },
  });
}

export function useMoveOffer(id: string) {
  const api = useDistrictClient();
  const queryClient = useQueryClient();
  return useMutation<OfferView, ApiError, { version: number; status: OfferStatus }>({
    mutationFn: (body) => unwrap(api.POST('/api/freemarket/offers/{offerId}/status', { params: { path: { offerId: id } }, body })),
    onSuccess: (view) => {
      queryClient.setQueryData(keys.offer(view.id, false), view);
      void queryClient.invalidateQueries({ queryKey: ['freemarket', 'mine'] });
    },
  });
}
