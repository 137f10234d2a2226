import createClient, { type Client } from 'openapi-fetch';
import { useMemo } from 'react';
import { useTenant } from '../tenant/TenantContext';
import { applyApiHeaders } from './http';
import { ApiError, type ProblemDetail } from './problem';
import type { components, paths } from './schema';

/** The API's types, generated from docs/openapi.json (see scripts/generate-api.mjs). */
export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

/**
 * A typed client for the CASA API (openapi-fetch over the generated paths) that sends what every call sends
 * (the session cookie on the same origin, the CSRF token, the chosen municipality): see {@link applyApiHeaders}.
 *
 * @param tenant the municipality to act in; null for the district view (or the user's own municipality)
 */
export function createApiClient(tenant: string | null): ApiClient {
  const client = createClient<paths>({
    // Absolute, on the page's own origin: a Request needs a full URL outside the browser (tests).
    baseUrl: globalThis.location?.origin ?? '',
    // Looked up on each call, so that tests can replace fetch after the client was made.
    fetch: (request: Request) => globalThis.fetch(request),
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use({
    onRequest({ request }) {
      applyApiHeaders(request.headers, request.method, tenant);
      return request;
    },
  });
  return client;
}

/** The client for the municipality the user chose, or for the one given (a case's own municipality). */
export function useApiClient(tenantOverride?: string | null): ApiClient {
  const { tenant } = useTenant();
  const effective = tenantOverride === undefined ? tenant : tenantOverride;
  return useMemo(() => createApiClient(effective), [effective]);
}

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The body of a successful call; an {@link ApiError} with the server's problem detail otherwise, and with status 0
 * when the server could not be reached.
 */
export async function unwrap<T>(call: Promise<CallResult<T>>): Promise<T> {
  let result: CallResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null, { cause });
  }
  if (!result.response.ok) {
    const problem =
      result.error !== null && typeof result.error === 'object' ? (result.error as ProblemDetail) : null;
    throw new ApiError(result.response.status, problem);
  }
  return result.data as T;
}
