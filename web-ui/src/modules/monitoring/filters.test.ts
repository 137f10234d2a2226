import { describe, expect, it } from 'vitest';
import { exportUrl, figuresQuery, initialFilters, isValid, presetFilters, reportQuery, reportUrl, searchParams } from './filters';

const TODAY = new Date(2026, 10, 25);

describe('the dashboard filters', () => {
  it("open on this year, or on the press kit's Fotografia when the address asks for it", () => {
    expect(initialFilters(TODAY, new URLSearchParams(), null)).toMatchObject({ from: '2026-01-01', to: '2026-11-25' });
    const pressKit = initialFilters(TODAY, new URLSearchParams('preset=pressKit'), null);
    expect(figuresQuery(pressKit)).toEqual({
      from: '2025-04-01',
      to: '2025-05-31',
      emergenciesFrom: '2024-01-01',
      emergenciesTo: '2024-12-31',
    });
  });

  it("keep a municipal operator in their own municipality, whatever the address says", () => {
    const filters = initialFilters(TODAY, new URLSearchParams('preset=custom&municipality=dresano'), 'melegnano');
    expect(figuresQuery(filters).municipality).toBe('melegnano');
  });

  it('send grades and a municipality only when chosen, and refuse a period that ends before it starts', () => {
    const base = presetFilters('lastYear', TODAY, initialFilters(TODAY, new URLSearchParams(), null));
    expect(figuresQuery(base)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(figuresQuery({ ...base, municipality: 'colturano', grades: [3, 0] })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      municipality: 'colturano',
      grade: [0, 3],
    });
    expect(isValid({ ...base, to: '2024-12-31' })).toBe(false);
  });

  it('build the download links with the same filters, for internal or public readers, in the page language', () => {
    const filters = { ...presetFilters('pressKit', TODAY, initialFilters(TODAY, new URLSearchParams(), null)) };
    expect(exportUrl('fotografia.pdf', filters, 'public', 'en')).toBe(
      '/api/monitoring/fotografia.pdf?from=2025-04-01&to=2025-05-31&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31&audience=public&lang=en',
    );
    expect(exportUrl('figures.csv', { ...filters, grades: [2] }, 'internal', 'it')).toContain('grade=2');
  });

  it('put custom filters in the address so a view can be sent', () => {
    const custom = { ...initialFilters(TODAY, new URLSearchParams(), null), preset: 'custom' as const, grades: [4] };
    expect(searchParams(custom).toString()).toBe('preset=custom&from=2026-01-01&to=2026-11-25&grade=4');
    const restored = initialFilters(TODAY, searchParams(custom), null);
    expect(figuresQuery(restored)).toEqual(figuresQuery(custom));
  });

  it('open the printable Fotografia with the same filters, and read them back as the API query', () => {
    const filters = { ...presetFilters('pressKit', TODAY, initialFilters(TODAY, new URLSearchParams(), null)), grades: [3] };
    const url = reportUrl(filters, 'public');
    expect(url).toBe(
      '/monitoring/fotografia?from=2025-04-01&to=2025-05-31&grade=3&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31&audience=public',
    );
    const params = new URLSearchParams(url.split('?')[1]);
    expect(reportQuery(params, 'en')).toEqual({
      from: '2025-04-01',
      to: '2025-05-31',
      emergenciesFrom: '2024-01-01',
      emergenciesTo: '2024-12-31',
      grade: [3],
      audience: 'public',
      lang: 'en',
    });
    expect(reportQuery(new URLSearchParams('grade=9&audience=everyone&colour=red'), 'it')).toEqual({});
  });
});
