import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/me';
import { Loading } from '../components/Loading';

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
}

/**
 * Describes a module from its folder's index.tsx; the shell finds every src/modules/<name>/index.tsx by itself.
 *
 * @param routes the module's screens, as a dynamic import: a chunk of their own, loaded the first time a user opens
 *   the module
 */
export function defineModule({
  name,
  routes,
  translations,
}: {
  name: string;
  routes: () => Promise<{ default: ComponentType<{ me: Me }> }>;
  translations: { it: Texts; en: Texts };
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
  return { name, Routes, translations };
}
