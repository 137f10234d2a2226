import { useSyncExternalStore } from 'react';

/**
 * Whether the session ended under a page the user is working on. A 401 from any call after sign-in says so; the page
 * then stays as it is (the user's draft with it) while they sign in again in another tab (/signed-in), which tells
 * this one through a BroadcastChannel. "restored" lasts until the next 401.
 */
export type SessionState = 'active' | 'ended' | 'restored';

const CHANNEL = 'casa-session';
const SIGNED_IN = 'signed-in';

let state: SessionState = 'active';
const listeners = new Set<() => void>();

function set(next: SessionState) {
  if (state === next) return;
  state = next;
  for (const listener of listeners) listener();
}

export function sessionEnded() {
  set('ended');
}

/** Called when the server knows the user again (after a sign-in in another tab). */
export function sessionRestored() {
  if (state === 'ended') set('restored');
}

export function currentSessionState(): SessionState {
  return state;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, currentSessionState, currentSessionState);
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** The sign-in tab tells the others that the session is back. */
export function announceSignedIn() {
  const out = channel();
  out?.postMessage(SIGNED_IN);
  out?.close();
}

/** Calls `onSignedIn` when another tab announces a sign-in; returns the unsubscribe. */
export function onSignedInElsewhere(onSignedIn: () => void): () => void {
  const incoming = channel();
  if (!incoming) return () => {};
  incoming.onmessage = (event: MessageEvent) => {
    if (event.data === SIGNED_IN) onSignedIn();
  };
  return () => incoming.close();
}

/** For tests: back to a fresh page. */
export function resetSessionState() {
  state = 'active';
}
