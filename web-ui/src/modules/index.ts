import type { ComponentType } from 'react';
import type { Me } from '../api/me';
import type { CasePanel } from '../extensions/casePage';
import { casework } from './casework';
import { emergency } from './emergency';
import { monitoring } from './monitoring';

/**
 * The screens of each module, by the module's name in GET /api/platform/me. A module lives in its own folder
 * (src/modules/<name>: routes, texts, tests) and is registered here with one line; the shell mounts it at
 * /<name>/* only when the server lists the module for the user.
 */
export interface UiModule {
  name: string;
  /** The module's routes, relative to /<name>. */
  Routes: ComponentType<{ me: Me }>;
  /** The module's i18n namespace (its own name) in each language. */
  translations: { it: Record<string, unknown>; en: Record<string, unknown> };
  /** Its panels on a household's case page (docs/adr/0016), if it has something to show there. */
  casePanels?: CasePanel[];
}

const modules: UiModule[] = [casework, emergency, monitoring];

export const uiModules: Record<string, ComponentType<{ me: Me }>> = Object.fromEntries(
  modules.map((module) => [module.name, module.Routes]),
);

export function moduleTranslations(language: 'it' | 'en'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(modules.map((module) => [module.name, module.translations[language]]));
}

/** The case-page panels of the modules the server lists for the user (a disabled module shows none). */
export function casePanelsOf(moduleNames: readonly string[]): CasePanel[] {
  return modules.filter((module) => moduleNames.includes(module.name)).flatMap((module) => module.casePanels ?? []);
}

/** For the test that keeps every module's Italian and English keys in step. */
export const allModules = modules;
