import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { useFormat } from './format';

const inLanguage = (language: 'it' | 'en') => ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={initI18n(language)}>{children}</I18nextProvider>
);

describe('amounts', () => {
  it("follow the UI's language", () => {
    const italian = renderHook(() => useFormat(), { wrapper: inLanguage('it') }).result.current;
    const english = renderHook(() => useFormat(), { wrapper: inLanguage('en') }).result.current;
    expect(italian.money(650).replace(/\s/g, ' ')).toBe('650,00 €');
    expect(english.money(650)).toBe('€650.00');
    expect(italian.money('12345,5').replace(/\s/g, ' ')).toBe('12.345,50 €');
    expect(english.money(null)).toBe('');
  });
});
