import type { TFunction } from 'i18next';
import { fieldErrorsOf as sharedFieldErrorsOf } from '../../api/problem';
import type { FieldErrors } from '../../components/fields';

/** The message of a rule, in the user's language when the UI knows the code, else the server's own words. */
export function ruleMessage(t: TFunction, code: string | undefined, fallback?: string): string {
  if (!code) return fallback ?? t('errors.invalid');
  return t(`rules.${code}`, { ns: 'casework', defaultValue: fallback ?? t('errors.invalid', { ns: 'casework' }) });
}

/** The field errors of a 400 problem, by field path, in this module's words (see the shared `fieldErrorsOf`). */
export function fieldErrorsOf(error: unknown, t: TFunction): FieldErrors {
  return sharedFieldErrorsOf(error, (code, fallback) => ruleMessage(t, code, fallback));
}

export { isStaleEdit } from '../../api/problem';
