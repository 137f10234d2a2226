import { describe, expect, it } from 'vitest';
import { fiscalCodeAgrees, normaliseFiscalCode, validateFiscalCode } from './fiscalCode';

// The same codes as the server's FiscalCodeTests, so that both sides accept and refuse alike.
describe('validateFiscalCode', () => {
  it.each(['RSSMRA85T10A562S', 'MRTMTT25D09F205Z', 'BNCLRA80A41F205G', 'PLLMRC96M29Z404V', 'VRDGPP00B69H501C'])(
    'accepts the personal code %s',
    (code) => expect(validateFiscalCode(code)).toBeNull(),
  );

  it('accepts omocodia variants, in any case and with spaces', () => {
    expect(validateFiscalCode('RSSMRA85T10A56NH')).toBeNull();
    expect(validateFiscalCode('RSSMRAURTMLARSNL')).toBeNull();
    expect(validateFiscalCode('  rss mra 85t10\ta562s ')).toBeNull();
  });

  it('finds a wrong check character', () => {
    expect(validateFiscalCode('RSSMRA85T10A562T')).toBe('fiscalCode.checksum');
    expect(validateFiscalCode('SRSMRA85T10A562S')).toBe('fiscalCode.checksum');
    for (const letter of 'ABCDEFGHIJKLMNOPQRTUVWXYZ') {
      expect(validateFiscalCode(`RSSMRA85T10A562${letter}`)).toBe('fiscalCode.checksum');
    }
  });

  it.each(['', '   ', '\t\n', null, undefined])('says a blank code (%j) is blank', (text) =>
    expect(validateFiscalCode(text)).toBe('fiscalCode.blank'),
  );

  it.each(['RSSMRA85T10A562', 'RSSMRA85T10A562SS', '1234567890', '123456789012', 'A'])(
    'refuses %s for its length',
    (text) => expect(validateFiscalCode(text)).toBe('fiscalCode.length'),
  );

  it.each(['RSSMRA85F10A562S', '1SSMRA85T10A562S', 'RSSMRA85T10A5A2S', '8000000000A', '00000000000'])(
    'refuses %s for a character out of place',
    (text) => expect(validateFiscalCode(text)).toBe('fiscalCode.format'),
  );

  it('refuses a birth date that does not exist', () => {
    expect(validateFiscalCode('RSSMRA85D31A562S')).toBe('fiscalCode.birthDate'); // 31 April
    expect(validateFiscalCode('RSSMRA85B29A562S')).toBe('fiscalCode.birthDate'); // 29 February 1985
    expect(validateFiscalCode('RSSMRA85T00A562S')).toBe('fiscalCode.birthDate');
    expect(validateFiscalCode('RSSMRA85T35A562S')).toBe('fiscalCode.birthDate');
  });

  it.each(['80000000002', '12345678903', '01234567897', '99999999990', ' 8000 0000 002 '])(
    'accepts the provisional code %s',
    (code) => expect(validateFiscalCode(code)).toBeNull(),
  );

  it.each(['80000000001', '12345678900', '01234567898', '99999999999', '21345678903'])(
    'finds the wrong check digit of the provisional code %s',
    (code) => expect(validateFiscalCode(code)).toBe('fiscalCode.checksum'),
  );
});

describe('normaliseFiscalCode', () => {
  it('upper-cases and removes spaces', () => expect(normaliseFiscalCode(' rss mra 85t10a562s')).toBe('RSSMRA85T10A562S'));
});

describe('fiscalCodeAgrees', () => {
  it('checks the encoded birth date and sex', () => {
    expect(fiscalCodeAgrees('RSSMRA85T10A562S', '1985-12-10', 'MALE')).toBe(true);
    expect(fiscalCodeAgrees('RSSMRA85T10A562S', '1985-12-11', 'MALE')).toBe(false);
    expect(fiscalCodeAgrees('RSSMRA85T10A562S', '1985-12-10', 'FEMALE')).toBe(false);
    expect(fiscalCodeAgrees('BNCLRA80A41F205G', '1980-01-01', 'FEMALE')).toBe(true);
    expect(fiscalCodeAgrees('BNCLRA80A41F205G', '1980-02-01', 'FEMALE')).toBe(false);
  });

  it('reads omocodia letters as digits', () =>
    expect(fiscalCodeAgrees('RSSMRAURTMLARSNL', '1985-12-10', 'MALE')).toBe(true));

  it('lets a provisional code agree with anything', () =>
    expect(fiscalCodeAgrees('80000000002', '2001-01-01', 'FEMALE')).toBe(true));
});
