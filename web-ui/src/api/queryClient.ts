import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './problem';

/** Retries only what may pass on a second try: network failures and server errors, not 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that expired under any screen sends the user to the login through the "me" query.
        if (isApiError(error) && error.status === 401 && query.queryKey[1] !== 'me') {
          void client.invalidateQueries({ queryKey: ['platform', 'me'] });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
