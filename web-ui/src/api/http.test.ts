import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, problemResponse } from '../test/render';
import { apiFetch, buildRequestInit, readCookie } from './http';
import { ApiError } from './problem';

const headersOf = (init: RequestInit) => new Headers(init.headers);

describe('buildRequestInit', () => {
  it('sends the session cookie on the same origin only', () => {
    expect(buildRequestInit({}, '').credentials).toBe('same-origin');
  });

  it('sends the CSRF token from the XSRF-TOKEN cookie on state-changing methods', () => {
    const cookies = 'JSESSIONID=abc; XSRF-TOKEN=tok%2Ben-1';
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(headersOf(buildRequestInit({ method }, cookies)).get('X-XSRF-TOKEN')).toBe('tok+en-1');
    }
  });

  it('does not send the CSRF token on reads', () => {
    const cookies = 'XSRF-TOKEN=secret';
    for (const method of [undefined, 'GET', 'HEAD', 'OPTIONS']) {
      expect(headersOf(buildRequestInit({ method }, cookies)).has('X-XSRF-TOKEN')).toBe(false);
    }
  });

  it('sends no CSRF header when the server has not set the cookie', () => {
    expect(headersOf(buildRequestInit({ method: 'POST' }, 'other=1')).has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends the chosen municipality as X-Casa-Tenant', () => {
    expect(headersOf(buildRequestInit({ tenant: 'melegnano' }, '')).get('X-Casa-Tenant')).toBe('melegnano');
  });

  it('omits X-Casa-Tenant for the district view', () => {
    expect(headersOf(buildRequestInit({ tenant: null }, '')).has('X-Casa-Tenant')).toBe(false);
    expect(headersOf(buildRequestInit({}, '')).has('X-Casa-Tenant')).toBe(false);
  });

  it('sends a body as JSON', () => {
    const init = buildRequestInit({ method: 'POST', body: { grade: 3 } }, '');
    expect(headersOf(init).get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"grade":3}');
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=x%3Dy; b=2')).toBe('x=y');
    expect(readCookie('XSRF-TOKEN', 'NOT-XSRF-TOKEN=1')).toBeNull();
  });
});

describe('apiFetch', () => {
  it('reads the CSRF cookie of the page and the tenant on a real call', async () => {
    document.cookie = 'XSRF-TOKEN=page-token';
    const server = fakeServer(() => jsonResponse({ ok: true }));
    await apiFetch('/api/casework/requests', { method: 'POST', body: {}, tenant: 'melegnano' });
    const headers = new Headers(server.calls[0]?.init.headers);
    expect(headers.get('X-XSRF-TOKEN')).toBe('page-token');
    expect(headers.get('X-Casa-Tenant')).toBe('melegnano');
  });

  it('resolves to the JSON body', async () => {
    fakeServer(() => jsonResponse({ name: 'casework' }));
    await expect(apiFetch('/api/x')).resolves.toEqual({ name: 'casework' });
  });

  it('resolves to undefined on 204 No Content', async () => {
    fakeServer(() => new Response(null, { status: 204 }));
    await expect(apiFetch('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('rejects with the problem detail the server sent', async () => {
    fakeServer(() => problemResponse({ title: 'Accesso negato', detail: 'Caso di un altro comune.', status: 403 }));
    const error = await apiFetch('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, problem: { title: 'Accesso negato', detail: 'Caso di un altro comune.' } });
  });

  it('rejects with no problem when the error body is not JSON', async () => {
    fakeServer(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 502, problem: null });
  });

  it('rejects with status 0 when the server cannot be reached', async () => {
    fakeServer(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 0, problem: null });
  });
});
