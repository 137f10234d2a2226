import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';
import type { FieldErrors } from './components/forms';

interface FieldProblem {
  field?: string;
  code?: string;
  message?: string;
}

/** The message of a rule, in the user's language when the UI knows the code, else the server's own words. */
export function ruleMessage(t: TFunction, code: string | undefined, fallback?: string): string {
  if (!code) return fallback ?? t('errors.invalid');
  return t(`rules.${code}`, { ns: 'casework', defaultValue: fallback ?? t('errors.invalid', { ns: 'casework' }) });
}

/**
 * The field errors of a 400 problem (code request.invalid, errors: [{field, code, message}]), by field path; a
 * problem about the request as a whole goes under "". Empty for any other error.
 */
export function fieldErrorsOf(error: unknown, t: TFunction): FieldErrors {
  if (!isApiError(error) || error.status !== 400 || !error.problem) return {};
  const problems = Array.isArray(error.problem.errors) ? (error.problem.errors as FieldProblem[]) : [];
  const result: FieldErrors = {};
  for (const problem of problems) {
    const field = problem.field ?? '';
    result[field] ??= ruleMessage(t, problem.code, problem.message);
  }
  if (problems.length === 0 && typeof error.problem.code === 'string') {
    result[''] = ruleMessage(t, error.problem.code, error.problem.detail);
  }
  return result;
}

/** Whether the error is a refused stale edit (409 with code version.stale): someone saved in between. */
export function isStaleEdit(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem?.code === 'version.stale';
}
