import { useTranslation } from 'react-i18next';

/** A decimal in the reader's language ("95,4" in Italian, "95.4" in English), for areas, indexes and bands. */
export function formatDecimal(value: number | string, language: string): string {
  const number = typeof value === 'string' ? Number(value) : value;
  if (Number.isNaN(number)) return String(value);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 2 }).format(number);
}

export function useDecimal() {
  const { i18n } = useTranslation();
  return (value: number | string) => formatDecimal(value, i18n.language);
}
