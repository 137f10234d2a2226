import type { paths } from '../../api/schema';

/** The query parameters of GET /api/monitoring/figures, as the generated client types them. */
export type FiguresQuery = NonNullable<paths['/api/monitoring/figures']['get']['parameters']['query']>;

export const PRESETS = ['thisYear', 'lastYear', 'last12Months', 'pressKit', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** What the dashboard shows: a period of requests, one of emergencies, the municipality and the grades. */
export interface Filters {
  preset: Preset;
  from: string;
  to: string;
  /** Emergencies of the same period as the requests, or of their own. */
  emergenciesSame: boolean;
  emergenciesFrom: string;
  emergenciesTo: string;
  /** One municipality; null for every one the user may see. */
  municipality: string | null;
  /** 1-4, and 0 for requests not triaged yet; empty for all. */
  grades: number[];
}

function iso(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The periods a preset stands for on {@code today}. "pressKit" is the agency's published Fotografia: requests of
 * April-May 2025 beside the social emergency service's 2024.
 */
export function presetFilters(preset: Preset, today: Date, current: Filters): Filters {
  const year = today.getFullYear();
  switch (preset) {
    case 'thisYear':
      return { ...current, preset, from: `${year}-01-01`, to: iso(today), emergenciesSame: true };
    case 'lastYear':
      return { ...current, preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, emergenciesSame: true };
    case 'last12Months': {
      const start = new Date(today);
      start.setFullYear(year - 1);
      start.setDate(start.getDate() + 1);
      return { ...current, preset, from: iso(start), to: iso(today), emergenciesSame: true };
    }
    case 'pressKit':
      return {
        ...current,
        preset,
        from: '2025-04-01',
        to: '2025-05-31',
        emergenciesSame: false,
        emergenciesFrom: '2024-01-01',
        emergenciesTo: '2024-12-31',
      };
    case 'custom':
      return { ...current, preset };
  }
}

export function initialFilters(today: Date, params: URLSearchParams, boundTenant: string | null): Filters {
  const preset = (PRESETS as readonly string[]).includes(params.get('preset') ?? '')
    ? (params.get('preset') as Preset)
    : 'thisYear';
  const base: Filters = {
    preset,
    from: '',
    to: '',
    emergenciesSame: true,
    emergenciesFrom: '',
    emergenciesTo: '',
    municipality: boundTenant,
    grades: [],
  };
  const filters = presetFilters(preset === 'custom' ? 'thisYear' : preset, today, base);
  if (preset !== 'custom') return filters;
  return {
    ...filters,
    preset,
    from: params.get('from') ?? filters.from,
    to: params.get('to') ?? filters.to,
    emergenciesSame: !params.get('emergenciesFrom'),
    emergenciesFrom: params.get('emergenciesFrom') ?? '',
    emergenciesTo: params.get('emergenciesTo') ?? '',
    municipality: boundTenant ?? params.get('municipality'),
    grades: params.getAll('grade').map(Number).filter((grade) => grade >= 0 && grade <= 4),
  };
}

/** Whether the periods can be asked for: both ends given, the end not before the start. */
export function isValid(filters: Filters): boolean {
  const ordered = (from: string, to: string) => from !== '' && to !== '' && from <= to;
  return ordered(filters.from, filters.to) && (filters.emergenciesSame || ordered(filters.emergenciesFrom, filters.emergenciesTo));
}

/** The API's query for the filters; the municipality is sent only when one is chosen. */
export function figuresQuery(filters: Filters): FiguresQuery {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
    ...(filters.grades.length > 0 ? { grade: [...filters.grades].sort() } : {}),
    ...(filters.emergenciesSame ? {} : { emergenciesFrom: filters.emergenciesFrom, emergenciesTo: filters.emergenciesTo }),
  };
}

export type ExportFile = 'fotografia.pdf' | 'figures.xlsx' | 'figures.csv';

/** The address of an export: a plain link, so the browser downloads it with the session cookie. */
export function exportUrl(file: ExportFile, filters: Filters, audience: 'internal' | 'public', language: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(figuresQuery(filters))) {
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  if (audience === 'public') params.set('audience', 'public');
  if (language.startsWith('en')) params.set('lang', 'en');
  return `/api/monitoring/${file}?${params.toString()}`;
}

/**
 * The address of the printable Fotografia (this UI's page, not a download) for the filters and audience: the API's
 * query, so the page can pass it on unchanged.
 */
export function reportUrl(filters: Filters, audience: 'internal' | 'public'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(figuresQuery(filters))) {
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  if (audience === 'public') params.set('audience', 'public');
  return `/monitoring/fotografia?${params.toString()}`;
}

/** The query parameters of GET /api/monitoring/fotografia, as the generated client types them. */
export type ReportQuery = NonNullable<paths['/api/monitoring/fotografia']['get']['parameters']['query']>;

/**
 * The report's query from the page's address (as {@link reportUrl} wrote it), in the page's language. Only known
 * parameters pass; the server checks their values and decides which municipalities the user sees.
 */
export function reportQuery(params: URLSearchParams, language: string): ReportQuery {
  const query: ReportQuery = {};
  for (const key of ['from', 'to', 'municipality', 'emergenciesFrom', 'emergenciesTo'] as const) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const grades = params.getAll('grade').map(Number).filter((grade) => Number.isInteger(grade) && grade >= 0 && grade <= 4);
  if (grades.length > 0) query.grade = grades;
  if (params.get('audience') === 'public') query.audience = 'public';
  if (language.startsWith('en')) query.lang = 'en';
  return query;
}

/** The filters as the page's own query string, so that a view can be bookmarked or sent. */
export function searchParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams({ preset: filters.preset });
  if (filters.preset !== 'custom') return params;
  for (const [key, value] of Object.entries(figuresQuery(filters))) {
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  return params;
}
