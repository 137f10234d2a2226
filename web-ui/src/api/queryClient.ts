import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionEnded } from '../auth/sessionState';
import { isApiError } from './problem';

/** Retries only what may pass on a second try: network failures and server errors, not 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient() {
  // A session that ended under any screen, noticed by a load or a save: the page stays (with what the user typed) and
  // says how to sign in again (see auth/sessionState).
  const noticeEndedSession = (error: unknown) => {
    if (isApiError(error) && error.status === 401) sessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: noticeEndedSession }),
    mutationCache: new MutationCache({ onError: noticeEndedSession }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
