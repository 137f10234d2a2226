import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { Me } from '../api/me';

/**
 * The case page's extension point (docs/adr/0016): a module's UI adds a panel with its own state for the household
 * by listing it in its UiModule's casePanels, from its own folder; case work renders every panel of the modules the
 * user has, and imports none of them. A panel reads its own module's API and renders nothing when the module has
 * nothing for the household.
 */
export interface CasePanelProps {
  me: Me;
  /** The case's municipality: the panel's calls are made in it. */
  municipality: string;
  caseId: string;
  householdId: string;
  /** The module record the case was referred from (an emergency handed over), if any. */
  origin?: { module: string; reference: string } | null;
}

export interface CasePanel {
  /** Unique among the panels: the module's name, with a suffix if it brings several. */
  id: string;
  Panel: ComponentType<CasePanelProps>;
}

const CasePanels = createContext<readonly CasePanel[]>([]);

export function CasePanelsProvider({ panels, children }: { panels: readonly CasePanel[]; children: ReactNode }) {
  return <CasePanels.Provider value={panels}>{children}</CasePanels.Provider>;
}

/** The panels of the modules the user has, in the modules' order. */
export function useCasePanels(): readonly CasePanel[] {
  return useContext(CasePanels);
}
