import { describe, expect, it } from 'vitest';
import { allModules } from './index';

// Every source file of the application as text, keyed by its path from here: Vite names this folder's files
// './casework/index.tsx', which becomes '../modules/casework/index.tsx' like the rest.
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.startsWith('./') ? `../modules/${path.slice(2)}` : path, text]),
);

const IMPORT = /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The module folder a path is in ('../modules/casework/pages/X.tsx' is in casework), if any. */
function moduleOf(path: string): string | null {
  return /^\.\.\/modules\/([^/]+)\//.exec(path)?.[1] ?? null;
}

/** `specifier` resolved against the folder of `path`, as a path from here. */
function resolve(path: string, specifier: string): string {
  const parts = [...path.split('/').slice(0, -1), ...specifier.split('/')];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '.' || part === '') continue;
    if (part === '..' && resolved.length > 0 && resolved[resolved.length - 1] !== '..') resolved.pop();
    else resolved.push(part);
  }
  return resolved.join('/');
}

/** The relative imports of a file, resolved to paths from here. */
function importsOf(path: string, text: string): string[] {
  return [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(path, specifier));
}

/** The module folders: src/modules/<name>/ (files directly in src/modules, such as defineModule, are the shell's). */
const folders = new Set(Object.keys(sources).map(moduleOf).filter((name): name is string => name !== null));

/** The module folder an import resolves into ('../modules/casework' or below it), if any. */
function moduleImported(target: string): string | null {
  const name = /^\.\.\/modules\/([^/]+)/.exec(target)?.[1];
  return name !== undefined && folders.has(name) ? name : null;
}

describe('UI modules', () => {
  it('import nothing from one another, and the shell imports none of them: only src/modules/index.ts finds them', () => {
    const crossings = Object.entries(sources).flatMap(([path, text]) =>
      importsOf(path, text)
        .filter((target) => moduleImported(target) !== null && moduleImported(target) !== moduleOf(path))
        .map((target) => `${path.replace('../', 'src/')} imports ${target.replace('../', 'src/')}`),
    );
    expect(crossings).toEqual([]);
  });

  it('are each a folder with an index.tsx that describes it under the folder name', () => {
    expect(allModules.map((module) => module.name).sort()).toEqual([...folders].sort());
  });
});
