import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';

interface FieldProblem {
  field?: string;
  code?: string;
  message?: string;
}

/** The message of a rule in the user's language when the UI knows its code, else the server's own words. */
export function ruleMessage(t: TFunction, code: string | undefined, fallback?: string): string {
  if (!code) return fallback ?? t('errors.invalid', { ns: 'emergency' });
  return t(`rules.${code}`, { ns: 'emergency', defaultValue: fallback ?? t('errors.invalid', { ns: 'emergency' }) });
}

/** The field errors of a 400 problem, by field path; a problem about the request as a whole goes under "". */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  if (!isApiError(error) || error.status !== 400 || !error.problem) return {};
  const problems = Array.isArray(error.problem.errors) ? (error.problem.errors as FieldProblem[]) : [];
  const result: Record<string, string> = {};
  for (const problem of problems) {
    result[problem.field ?? ''] ??= ruleMessage(t, problem.code, problem.message);
  }
  if (problems.length === 0 && typeof error.problem.code === 'string') {
    result[''] = ruleMessage(t, error.problem.code, error.problem.detail);
  }
  return result;
}

/** A refused stale edit (409 version.stale): someone saved in between. */
export function isStaleEdit(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem?.code === 'version.stale';
}

/** What a hand-over still lacks (409 emergency.handOver.incomplete), as the server's keys. */
export function missingForHandOver(error: unknown): string[] {
  if (!isApiError(error) || error.status !== 409 || error.problem?.code !== 'emergency.handOver.incomplete') return [];
  return Array.isArray(error.problem.missing) ? (error.problem.missing as string[]) : [];
}
