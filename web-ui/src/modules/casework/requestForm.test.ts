import { describe, expect, it } from 'vitest';
import {
  contactPaths,
  emptyMember,
  emptyRequest,
  isEmailAddress,
  isPhoneNumber,
  toFileRequest,
  validateRequest,
  withContactFields,
  type RequestForm,
} from './requestForm';

const TODAY = '2026-11-25';

function filled(): RequestForm {
  const form = emptyRequest('melegnano', TODAY);
  form.members = [
    { ...emptyMember('REFERENCE_PERSON'), givenName: 'Mario', familyName: 'Rossi', birthDate: '1985-12-10', sex: 'MALE', fiscalCode: 'rssmra85t10a562s' },
  ];
  form.situation = 'LEASE_NOT_RENEWED';
  return form;
}

describe('validateRequest', () => {
  it('accepts a complete request', () => {
    expect(validateRequest(filled(), TODAY, false)).toEqual({});
  });

  it('names the fields by the server paths, with the server codes', () => {
    const form = emptyRequest('', TODAY);
    form.scopes = [];
    expect(validateRequest(form, TODAY, true)).toEqual({
      municipality: 'NotBlank',
      'household.members[0].givenName': 'NotBlank',
      'household.members[0].familyName': 'NotBlank',
      'household.members[0].birthDate': 'NotNull',
      'household.members[0].sex': 'NotNull',
      'housing.situation': 'NotNull',
      'consent.scopes': 'consent.caseWork.required',
    });
  });

  it('checks the fiscal code, then that it agrees with the birth date and sex', () => {
    const form = filled();
    form.members[0]!.fiscalCode = 'RSSMRA85T10A562T';
    expect(validateRequest(form, TODAY, false)['household.members[0].fiscalCode']).toBe('fiscalCode.checksum');
    form.members[0]!.fiscalCode = 'RSSMRA85T10A562S';
    form.members[0]!.sex = 'FEMALE';
    expect(validateRequest(form, TODAY, false)['household.members[0].fiscalCode']).toBe(
      'household.member.fiscalCode.inconsistent',
    );
  });

  it('wants exactly one reference person', () => {
    const form = filled();
    form.members[0]!.relationship = 'CHILD';
    expect(validateRequest(form, TODAY, false)['household.members']).toBe('household.referencePerson.missing');
    form.members = [filled().members[0]!, { ...filled().members[0]!, key: 'second', fiscalCode: '' }];
    expect(validateRequest(form, TODAY, false)['household.members']).toBe('household.referencePerson.multiple');
  });

  it('asks the details that the housing situation needs', () => {
    const form = filled();
    form.situation = 'EVICTION_IN_PROGRESS';
    expect(validateRequest(form, TODAY, false)['housing.hearingDate']).toBe('housingSituation.hearingDate.required');
    form.situation = 'OTHER';
    expect(validateRequest(form, TODAY, false)['housing.description']).toBe('housingSituation.description.required');
  });

  it('refuses dates in the future where the server does', () => {
    const form = filled();
    form.members[0]!.birthDate = '2027-01-01';
    form.members[0]!.fiscalCode = '';
    form.consentGivenOn = '2026-11-26';
    const errors = validateRequest(form, TODAY, false);
    expect(errors['household.members[0].birthDate']).toBe('PastOrPresent');
    expect(errors['consent.givenOn']).toBe('PastOrPresent');
  });

  it('wants a whole address with a five-digit postal code once one is started', () => {
    const form = filled();
    form.street = 'Via Roma 1';
    form.postalCode = '2007';
    expect(validateRequest(form, TODAY, false)).toEqual({
      'household.addresses[0].postalCode': 'Pattern',
      'household.addresses[0].town': 'NotBlank',
    });
  });
});

describe('toFileRequest', () => {
  it('sends normalised codes, nulls for what is empty and only the details the situation uses', () => {
    const form = filled();
    form.description = 'left over from "other"';
    form.phone = ' 02 1234 ';
    const body = toFileRequest(form);
    expect(body.household?.members[0]).toMatchObject({ fiscalCode: 'RSSMRA85T10A562S', citizenship: null, incomeBand: null });
    expect(body.household?.contacts).toEqual([{ kind: 'PHONE', value: '02 1234' }]);
    expect(body.household?.addresses).toEqual([]);
    expect(body.housing).toEqual({ situation: 'LEASE_NOT_RENEWED', hearingDate: null, description: null });
    expect(body.consent).toEqual({ givenOn: TODAY, scopes: ['CASE_WORK'] });
    expect(toFileRequest(form, TODAY)).not.toHaveProperty('requestedOn');
  });

  it('sends the date of a request made earlier (a paper form typed in later), and refuses one in the future', () => {
    const form = filled();
    form.requestedOn = '2025-04-03';
    expect(toFileRequest(form, TODAY).requestedOn).toBe('2025-04-03');
    form.requestedOn = '2026-11-26';
    expect(validateRequest(form, TODAY, false).requestedOn).toBe('PastOrPresent');
  });
});

describe('phone numbers and e-mail addresses', () => {
  it('accepts them as people write them and refuses what reaches nobody, as the server does', () => {
    for (const phone of ['+39 02 0000 0000', '333 1234567', '02/1234567', '(02) 1234-567']) expect(isPhoneNumber(phone)).toBe(true);
    for (const phone of ['abc', '12345', '+39 02 abc', '02 1234 567-']) expect(isPhoneNumber(phone)).toBe(false);
    expect(isEmailAddress('chiara.rossi@example.it')).toBe(true);
    for (const email of ['chiara@', 'abc', 'chiara@example', 'a b@example.it']) expect(isEmailAddress(email)).toBe(false);
  });

  it('puts their problems where the API does, and on the fields that show them', () => {
    const form = { phone: 'abc', email: 'chiara@' };
    expect(contactPaths(form, 'household.')).toEqual({ phone: 'household.contacts[0].value', email: 'household.contacts[1].value' });
    expect(contactPaths({ phone: '', email: 'x@y.it' }, '')).toEqual({ phone: null, email: 'contacts[0].value' });
    expect(withContactFields({ 'household.contacts[1].value': 'bad', other: 'x' }, form, 'household.', '')).toEqual({ email: 'bad', other: 'x' });
  });
});
