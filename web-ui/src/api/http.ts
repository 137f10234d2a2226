import { ApiError, type ProblemDetail } from './problem';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const TENANT_HEADER = 'X-Casa-Tenant';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export interface ApiRequest {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** The municipality the user chose; null or undefined for the district view (no header). */
  tenant?: string | null;
  signal?: AbortSignal;
}

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    }
  }
  return null;
}

/** The tenant and, on state-changing methods, the CSRF token: what every API call carries. */
export function applyApiHeaders(
  headers: Headers,
  method: string,
  tenant: string | null | undefined,
  cookies: string = document.cookie,
): void {
  if (tenant) {
    headers.set(TENANT_HEADER, tenant);
  }
  if (!SAFE_METHODS.has(method.toUpperCase())) {
    const token = readCookie(CSRF_COOKIE, cookies);
    if (token) headers.set(CSRF_HEADER, token);
  }
}

/**
 * The fetch options of every API call: the session cookie (same origin only), the CSRF token that
 * Spring Security hands out in the XSRF-TOKEN cookie on state-changing methods, and the chosen tenant.
 */
export function buildRequestInit(request: ApiRequest, cookies: string = document.cookie): RequestInit {
  const method = (request.method ?? 'GET').toUpperCase();
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  applyApiHeaders(headers, method, request.tenant, cookies);
  let body: string | undefined;
  if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.body);
  }
  return { method, headers, body, credentials: 'same-origin', signal: request.signal };
}

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('application/json') || type.includes('+json');
}

export async function problemOf(response: Response): Promise<ProblemDetail | null> {
  if (!isJson(response)) return null;
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === 'object' ? (body as ProblemDetail) : null;
  } catch {
    return null;
  }
}

/** Calls the CASA API; resolves to the parsed JSON body, rejects with an {@link ApiError}. */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, buildRequestInit(request));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null, { cause });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if (response.status === 204 || !isJson(response)) {
    return undefined as T;
  }
  return (await response.json()) as T;
}
