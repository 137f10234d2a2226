import type { TFunction } from 'i18next';
import { fieldErrorsOf as sharedFieldErrorsOf, isApiError } from '../../api/problem';

/** The message of a rule in the user's language when the UI knows its code, else the server's own words. */
export function ruleMessage(t: TFunction, code: string | undefined, fallback?: string): string {
  if (!code) return fallback ?? t('errors.invalid', { ns: 'emergency' });
  return t(`rules.${code}`, { ns: 'emergency', defaultValue: fallback ?? t('errors.invalid', { ns: 'emergency' }) });
}

/** The field errors of a 400 problem, by field path, in this module's words (see the shared `fieldErrorsOf`). */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  return sharedFieldErrorsOf(error, (code, fallback) => ruleMessage(t, code, fallback));
}

export { isStaleEdit } from '../../api/problem';

/** What a hand-over still lacks (409 emergency.handOver.incomplete), as the server's keys. */
export function missingForHandOver(error: unknown): string[] {
  if (!isApiError(error) || error.status !== 409 || error.problem?.code !== 'emergency.handOver.incomplete') return [];
  return Array.isArray(error.problem.missing) ? (error.problem.missing as string[]) : [];
}
