import { useTranslation } from 'react-i18next';

/**
 * Dates, times and amounts in the user's language (it-IT or en-GB: "650,00 €", "€650.00"), from the API's ISO strings
 * and numbers; shared by every module.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return {
    money: (amount: number | string | null | undefined) => {
      const value = typeof amount === 'string' ? Number(amount.replace(',', '.')) : amount;
      return value == null || Number.isNaN(value) ? '' : euros.format(value);
    },
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
  };
}

/** Today as yyyy-mm-dd in the user's time zone (for date fields' defaults and limits). */
export function today(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
