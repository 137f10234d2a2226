/** Where the backend starts the OAuth2 login (Spring Security's authorization request endpoint). */
export const LOGIN_URL = '/oauth2/authorization/casa';
export const LOGOUT_URL = '/logout';

const RETURN_TO_KEY = 'casa.returnTo';
const LOGIN_ATTEMPT_KEY = 'casa.loginAttempt';
const LOGGED_OUT_KEY = 'casa.loggedOut';
/** A second automatic redirect this soon means the login did not stick: stop and let the user click. */
const LOGIN_LOOP_GUARD_MS = 15_000;

/** Indirection over window.location so tests can observe navigations jsdom cannot perform. */
export const browser = {
  assign(url: string) {
    window.location.assign(url);
  },
  now() {
    return Date.now();
  },
};

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function startLogin(returnTo: string) {
  storage()?.setItem(RETURN_TO_KEY, returnTo);
  storage()?.setItem(LOGIN_ATTEMPT_KEY, String(browser.now()));
  browser.assign(LOGIN_URL);
}

/** True unless an automatic login was started moments ago or the user has just signed out. */
export function mayRedirectToLogin(): boolean {
  if (storage()?.getItem(LOGGED_OUT_KEY)) return false;
  const last = Number(storage()?.getItem(LOGIN_ATTEMPT_KEY) ?? 0);
  return browser.now() - last > LOGIN_LOOP_GUARD_MS;
}

export function hasLoggedOut(): boolean {
  return storage()?.getItem(LOGGED_OUT_KEY) != null;
}

export function clearLoggedOut() {
  storage()?.removeItem(LOGGED_OUT_KEY);
}

export function markLoggedOut() {
  storage()?.setItem(LOGGED_OUT_KEY, '1');
  storage()?.removeItem(RETURN_TO_KEY);
}

/** The page the user asked for before the login round trip, once. */
export function consumeReturnTo(): string | null {
  const target = storage()?.getItem(RETURN_TO_KEY) ?? null;
  storage()?.removeItem(RETURN_TO_KEY);
  storage()?.removeItem(LOGIN_ATTEMPT_KEY);
  // Only paths of this application: never an absolute or protocol-relative URL.
  return target && target.startsWith('/') && !target.startsWith('//') ? target : null;
}
