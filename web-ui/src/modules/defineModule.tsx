import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/me';
import { Loading } from '../components/Loading';
import type { CasePanel, CasePanelProps } from '../extensions/casePage';

type Texts = Record<string, unknown>;

/**
 * A module of the web UI, as the shell mounts it at /<name>/* when GET /api/platform/me lists the module for the user.
 * Its texts are the i18n namespace named after it; `module.name` and `module.description` name it in the menu and on
 * the home page (the server's declaration holds the same names: the build compares them).
 */
export interface UiModule {
  name: string;
  /** The module's routes, relative to /<name>, loaded on first use. */
  Routes: ComponentType<{ me: Me }>;
  translations: { it: Texts; en: Texts };
  /** Its panels on a household's case page (docs/adr/0016). */
  casePanels: CasePanel[];
}

/** A panel of the module on the case page (docs/adr/0016). */
export interface CasePanelDefinition {
  /** Unique among the panels: the module's name, with a suffix if it brings several. */
  id: string;
  /** The panel, as a dynamic import: loaded with the first case it shows for. */
  panel: () => Promise<{ default: ComponentType<CasePanelProps> }>;
  /** Whether it has something to show for this case (without loading it); always, when absent. */
  showsFor?: (props: CasePanelProps) => boolean;
}

/**
 * Describes a module from its folder's index.tsx; the shell finds every src/modules/<name>/index.tsx by itself.
 *
 * @param routes the module's screens, as a dynamic import: a chunk of their own, loaded the first time a user opens
 *   the module
 * @param casePanels what it shows on a household's case page, if it has something to show there
 */
export function defineModule({
  name,
  routes,
  translations,
  casePanels = [],
}: {
  name: string;
  routes: () => Promise<{ default: ComponentType<{ me: Me }> }>;
  translations: { it: Texts; en: Texts };
  casePanels?: CasePanelDefinition[];
}): UiModule {
  const Screens = lazy(routes);
  function Routes({ me }: { me: Me }) {
    const { t } = useTranslation(name);
    return (
      <Suspense fallback={<Loading label={t('module.loading')} />}>
        <Screens me={me} />
      </Suspense>
    );
  }
  Routes.displayName = `${name}Routes`;
  return { name, Routes, translations, casePanels: casePanels.map(lazyPanel) };
}

function lazyPanel({ id, panel, showsFor }: CasePanelDefinition): CasePanel {
  const Loaded = lazy(panel);
  function Panel(props: CasePanelProps) {
    if (showsFor && !showsFor(props)) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  Panel.displayName = `${id}CasePanel`;
  return { id, Panel };
}
