import type { TFunction } from 'i18next';
import { fieldErrorsOf as sharedFieldErrorsOf, isApiError } from '../../api/problem';
import { formatDecimal } from './numbers';

/** A rule's message in the user's language when the UI knows its code, else the server's own words. */
export function ruleMessage(t: TFunction, code: string | undefined, fallback?: string, values?: Record<string, unknown>): string {
  const otherwise = fallback ?? String(t('errors.invalid', { ns: 'freemarket' }));
  if (!code) return otherwise;
  return String(t(`rules.${code}`, { ns: 'freemarket', defaultValue: otherwise, ...values }));
}

/**
 * The field errors of a 400 problem, by field, in this module's words; a band's limits (the problem's `arguments`)
 * fill the message of an agreed rent outside the band.
 */
export function fieldErrorsOf(error: unknown, t: TFunction, language = 'it'): Record<string, string> {
  const given = isApiError(error) && error.problem && typeof error.problem.arguments === 'object'
    ? (error.problem.arguments as Record<string, unknown>)
    : {};
  // The server sends plain decimals ("6.5"): the reader sees them in their language ("6,5").
  const values = Object.fromEntries(Object.entries(given).map(([key, value]) =>
    [key, typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? formatDecimal(value, language) : value]));
  return sharedFieldErrorsOf(error, (code, fallback) => ruleMessage(t, code, fallback, values));
}

export { isStaleEdit } from '../../api/problem';
