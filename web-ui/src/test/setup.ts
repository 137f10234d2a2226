import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetSessionState } from '../auth/sessionState';

// findBy* and waitFor give up after 1 s by default, which a loaded build machine can exceed while a page loads
// its lazy module: they wait longer, and a test that would pass never fails for the machine's load.
configure({ asyncUtilTimeout: 25_000 });

afterEach(() => {
  cleanup();
  resetSessionState();
  sessionStorage.clear();
  localStorage.clear();
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});
