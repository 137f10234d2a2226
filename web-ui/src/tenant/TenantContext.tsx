import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'casa.tenant';

interface TenantState {
  /** The municipality chosen by agency staff; null is the district view ("Tutto l'Ambito"). */
  tenant: string | null;
  setTenant: (tenant: string | null) => void;
}

const TenantContext = createContext<TenantState | null>(null);

function storedTenant(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Holds the chosen tenant for this browser tab; the server still decides what it allows. */
export function TenantProvider({ children, initialTenant }: { children: ReactNode; initialTenant?: string | null }) {
  const [tenant, setTenantState] = useState<string | null>(() =>
    initialTenant !== undefined ? initialTenant : storedTenant(),
  );
  const setTenant = useCallback((next: string | null) => {
    setTenantState(next);
    try {
      if (next) sessionStorage.setItem(STORAGE_KEY, next);
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be disabled: the choice then lasts until the page is reloaded.
    }
  }, []);
  const value = useMemo(() => ({ tenant, setTenant }), [tenant, setTenant]);
  return <TenantContext value={value}>{children}</TenantContext>;
}

export function useTenant(): TenantState {
  const state = useContext(TenantContext);
  if (!state) throw new Error('useTenant needs a TenantProvider');
  return state;
}
