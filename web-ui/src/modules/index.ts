import type { ComponentType } from 'react';
import type { Me } from '../api/me';
import type { CasePanel } from '../extensions/casePage';
import type { UiModule } from './defineModule';

export type { UiModule } from './defineModule';

// Every folder here with an index.tsx is a module (its default export, from defineModule): nothing to register.
const found = import.meta.glob<UiModule>('./*/index.tsx', { eager: true, import: 'default' });

const modules: UiModule[] = Object.entries(found)
  .map(([path, module]) => {
    const folder = path.split('/')[1];
    if (module.name !== folder) {
      throw new Error(`${path} describes the module '${module.name}': a module's name is its folder's`);
    }
    return module;
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** The screens of each module, by the module's name in GET /api/platform/me. */
export const uiModules: Record<string, ComponentType<{ me: Me }>> = Object.fromEntries(
  modules.map((module) => [module.name, module.Routes]),
);

export function moduleTranslations(language: 'it' | 'en'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(modules.map((module) => [module.name, module.translations[language]]));
}

/** The case-page panels of the modules the server lists for the user (a disabled module shows none). */
export function casePanelsOf(moduleNames: readonly string[]): CasePanel[] {
  return modules.filter((module) => moduleNames.includes(module.name)).flatMap((module) => module.casePanels);
}

/** For the tests that check every module's texts and boundaries. */
export const allModules = modules;
