/**
 * The Italian fiscal code (codice fiscale), checked as the server checks it (FiscalCode.java): a personal code of
 * 16 characters (omocodia letters accepted at any digit position) or a provisional code of 11 digits (Luhn check
 * digit). The errors are the server's codes, so that the form shows the same message for the same mistake.
 */
export type FiscalCodeError =
  | 'fiscalCode.blank'
  | 'fiscalCode.length'
  | 'fiscalCode.format'
  | 'fiscalCode.birthDate'
  | 'fiscalCode.checksum';

const OMOCODIA = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';
const D = '[0-9LMNPQRSTUV]';
const PERSONAL = new RegExp(`^[A-Z]{6}${D}{2}[${MONTHS}]${D}{2}[A-Z]${D}{3}[A-Z]$`);
const PROVISIONAL = /^[0-9]{11}$/;
// Values of 0-9 then A-Z at the odd positions (1st, 3rd, ...) for the check character.
const ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
  25, 24, 23,
];
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Upper case, without spaces: how the server stores a code. */
export function normaliseFiscalCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

function decodeDigits(characters: string): number {
  let digits = '';
  for (const c of characters) digits += /[0-9]/.test(c) ? c : String(OMOCODIA.indexOf(c));
  return Number(digits);
}

const isDigit = (c: string) => c >= '0' && c <= '9';

function checkCharacter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charAt(i);
    const index = isDigit(c) ? c.charCodeAt(0) - 48 : 10 + c.charCodeAt(0) - 65;
    // Positions count from 1 in the specification: index 0 is the first, odd, position.
    sum += i % 2 === 0 ? (ODD[index] ?? 0) : isDigit(c) ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function luhnDigit(code: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = code.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** The first reason why `text` is not a valid fiscal code, or null if it is one. */
export function validateFiscalCode(text: string | null | undefined): FiscalCodeError | null {
  if (!text || text.trim() === '') return 'fiscalCode.blank';
  const code = normaliseFiscalCode(text);
  if (code.length === 11) {
    if (!PROVISIONAL.test(code) || /^0+$/.test(code)) return 'fiscalCode.format';
    return code.charCodeAt(10) - 48 === luhnDigit(code) ? null : 'fiscalCode.checksum';
  }
  if (code.length !== 16) return 'fiscalCode.length';
  if (!PERSONAL.test(code)) return 'fiscalCode.format';
  const day = decodeDigits(code.slice(9, 11));
  const dayOfMonth = day % 40;
  const month = MONTHS.indexOf(code.charAt(8));
  // Year 00 counts as leap: 2000 was one.
  const leap = decodeDigits(code.slice(6, 8)) % 4 === 0;
  const length = month === 1 && leap ? 29 : (MONTH_LENGTHS[month] ?? 31);
  const dayInRange = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  if (!dayInRange || dayOfMonth > length) return 'fiscalCode.birthDate';
  return code.charAt(15) === checkCharacter(code) ? null : 'fiscalCode.checksum';
}

/**
 * Whether a valid code agrees with the birth date (ISO yyyy-mm-dd) and sex given, as the server requires
 * (household.member.fiscalCode.inconsistent). A provisional code encodes neither, so it agrees with any.
 */
export function fiscalCodeAgrees(text: string, birthDate: string | null, sex: 'FEMALE' | 'MALE' | null): boolean {
  const code = normaliseFiscalCode(text);
  if (code.length !== 16 || validateFiscalCode(code) !== null) return true;
  const day = decodeDigits(code.slice(9, 11));
  if (sex && (day > 40 ? 'FEMALE' : 'MALE') !== sex) return false;
  const match = birthDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate) : null;
  if (!match) return true;
  const [, year, month, dayOfMonth] = match;
  return (
    decodeDigits(code.slice(6, 8)) === Number(year) % 100 &&
    MONTHS.indexOf(code.charAt(8)) + 1 === Number(month) &&
    day % 40 === Number(dayOfMonth)
  );
}
