import { describe, expect, it } from 'vitest';
import { allModules } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe.each(allModules.map((module) => [module.name, module]))('the %s module', (_, module) => {
  it('has the same text keys in Italian and English', () => {
    expect(keys(module.translations.en).sort()).toEqual(keys(module.translations.it).sort());
  });

  it('names and describes itself in its own texts, in both languages', () => {
    for (const texts of [module.translations.it, module.translations.en]) {
      expect(texts).toHaveProperty('module.name');
      expect(texts).toHaveProperty('module.description');
      expect(texts).toHaveProperty('module.loading');
    }
  });

  it('has no empty text', () => {
    for (const texts of [module.translations.it, module.translations.en]) {
      const empty = keys(texts).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
