import type { FileRequest, MemberRequest } from './api';
import { fiscalCodeAgrees, normaliseFiscalCode, validateFiscalCode } from './fiscalCode';

type Relationship = MemberRequest['relationship'];
type Situation = FileRequest['housing']['situation'];
type Scope = FileRequest['consent']['scopes'][number];

/** A member as typed in the form: every field a string until it is sent. */
export interface MemberForm {
  key: string;
  givenName: string;
  familyName: string;
  relationship: Relationship | '';
  birthDate: string;
  sex: MemberRequest['sex'] | '';
  fiscalCode: string;
  citizenship: string;
  residencePermitExpiry: string;
  incomeBand: NonNullable<MemberRequest['incomeBand']> | '';
  disabled: boolean;
}

export interface RequestForm {
  /** Agency staff in the district view choose the municipality; everyone else files in their own. */
  municipality: string;
  members: MemberForm[];
  phone: string;
  email: string;
  street: string;
  postalCode: string;
  town: string;
  situation: Situation | '';
  hearingDate: string;
  description: string;
  urgencyFacts: string;
  consentGivenOn: string;
  scopes: Scope[];
  /** The day the request was made: today, or earlier for a paper form typed in later. */
  requestedOn: string;
}

let nextKey = 0;

export function emptyMember(relationship: Relationship | '' = ''): MemberForm {
  nextKey += 1;
  return {
    key: `member-${nextKey}`,
    givenName: '',
    familyName: '',
    relationship,
    birthDate: '',
    sex: '',
    fiscalCode: '',
    citizenship: '',
    residencePermitExpiry: '',
    incomeBand: '',
    disabled: false,
  };
}

export function emptyRequest(municipality: string, today: string): RequestForm {
  return {
    municipality,
    members: [emptyMember('REFERENCE_PERSON')],
    phone: '',
    email: '',
    street: '',
    postalCode: '',
    town: '',
    situation: '',
    hearingDate: '',
    description: '',
    urgencyFacts: '',
    consentGivenOn: today,
    scopes: ['CASE_WORK'],
    requestedOn: today,
  };
}

export const LIMITS = { name: 100, citizenship: 60, description: 500, urgencyFacts: 2000, members: 20, contact: 200 };

/**
 * The same checks as the server's (Bean Validation on the request, then the module's rules), with the server's
 * field paths and codes, so that the form says the same thing before and after sending.
 */
export function validateRequest(form: RequestForm, today: string, needsMunicipality: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const blank = (value: string) => value.trim() === '';
  if (needsMunicipality && blank(form.municipality)) errors.municipality = 'NotBlank';
  Object.assign(errors, validateHousehold(form, today, 'household.'));
  if (!form.situation) errors['housing.situation'] = 'NotNull';
  if (form.situation === 'EVICTION_IN_PROGRESS' && !form.hearingDate)
    errors['housing.hearingDate'] = 'housingSituation.hearingDate.required';
  if (form.situation === 'OTHER' && blank(form.description))
    errors['housing.description'] = 'housingSituation.description.required';
  if (form.description.length > LIMITS.description) errors['housing.description'] = 'Size';
  if (form.urgencyFacts.length > LIMITS.urgencyFacts) errors.urgencyFacts = 'Size';
  if (!form.consentGivenOn) errors['consent.givenOn'] = 'NotNull';
  else if (form.consentGivenOn > today) errors['consent.givenOn'] = 'PastOrPresent';
  if (!form.scopes.includes('CASE_WORK')) errors['consent.scopes'] = 'consent.caseWork.required';
  if (!form.requestedOn) errors.requestedOn = 'NotNull';
  else if (form.requestedOn > today) errors.requestedOn = 'PastOrPresent';
  return errors;
}

/** The household's part of a form: members, the first phone and e-mail, the residence address. */
export type HouseholdForm = Pick<RequestForm, 'members' | 'phone' | 'email' | 'street' | 'postalCode' | 'town'>;

/**
 * The checks on a household, with the server's paths under `prefix` ("household." in a request, "" when a household
 * is replaced on its own) and its codes.
 */
export function validateHousehold(form: HouseholdForm, today: string, prefix: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const blank = (value: string) => value.trim() === '';
  const list = `${prefix}members`;
  if (form.members.length === 0) errors[list] = 'NotEmpty';
  if (form.members.length > LIMITS.members) errors[list] = 'Size';
  form.members.forEach((member, index) => {
    const path = `${list}[${index}]`;
    if (blank(member.givenName)) errors[`${path}.givenName`] = 'NotBlank';
    if (blank(member.familyName)) errors[`${path}.familyName`] = 'NotBlank';
    if (!member.relationship) errors[`${path}.relationship`] = 'NotNull';
    if (!member.birthDate) errors[`${path}.birthDate`] = 'NotNull';
    else if (member.birthDate > today) errors[`${path}.birthDate`] = 'PastOrPresent';
    if (!member.sex) errors[`${path}.sex`] = 'NotNull';
    if (!blank(member.fiscalCode)) {
      const problem = validateFiscalCode(member.fiscalCode);
      if (problem) errors[`${path}.fiscalCode`] = problem;
      else if (!fiscalCodeAgrees(member.fiscalCode, member.birthDate || null, member.sex || null))
        errors[`${path}.fiscalCode`] = 'household.member.fiscalCode.inconsistent';
    }
  });
  const references = form.members.filter((member) => member.relationship === 'REFERENCE_PERSON').length;
  const partners = form.members.filter((member) => member.relationship === 'SPOUSE_OR_PARTNER').length;
  if (form.members.length > 0 && references === 0) errors[list] ??= 'household.referencePerson.missing';
  if (references > 1) errors[list] ??= 'household.referencePerson.multiple';
  if (partners > 1) errors[list] ??= 'household.partner.multiple';
  const contacts = contactPaths(form, prefix);
  if (contacts.phone && !isPhoneNumber(form.phone)) errors[contacts.phone] = 'contact.phone.invalid';
  if (contacts.email && !isEmailAddress(form.email)) errors[contacts.email] = 'contact.email.invalid';
  const addressStarted = !blank(form.street) || !blank(form.postalCode) || !blank(form.town);
  if (addressStarted) {
    if (blank(form.street)) errors[`${prefix}addresses[0].street`] = 'NotBlank';
    if (!/^\d{5}$/.test(form.postalCode.trim())) errors[`${prefix}addresses[0].postalCode`] = 'Pattern';
    if (blank(form.town)) errors[`${prefix}addresses[0].town`] = 'NotBlank';
  }
  return errors;
}

/** 6 to 15 digits, written as people write them ("+39 02 1234 5678", "02/1234567"): the server's rule. */
export function isPhoneNumber(value: string): boolean {
  const text = value.trim();
  const digits = text.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15 && /^\+?(\(\d{1,4}\)|\d)([\d .\-/]|\(\d{1,4}\))*\d$/.test(text);
}

/** Something@something.tld, no spaces: the server's rule. */
export function isEmailAddress(value: string): boolean {
  const text = value.trim();
  return text.length <= 254 && /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(text);
}

/** Where the API puts the phone's and the e-mail's problems: the contacts are sent phone first (see toHouseholdBody). */
export function contactPaths(form: Pick<HouseholdForm, 'phone' | 'email'>, prefix: string) {
  const hasPhone = form.phone.trim() !== '';
  return {
    phone: hasPhone ? `${prefix}contacts[0].value` : null,
    email: form.email.trim() !== '' ? `${prefix}contacts[${hasPhone ? 1 : 0}].value` : null,
  };
}

/**
 * The errors with the contacts' ones (at the API's paths under `pathPrefix`) moved to the names of their fields,
 * `phone` and `email` after `namePrefix`, whose ids the form's fields and its error summary's links use.
 */
export function withContactFields<T>(
  errors: Record<string, T>,
  form: Pick<HouseholdForm, 'phone' | 'email'>,
  pathPrefix: string,
  namePrefix: string,
): Record<string, T> {
  const paths = contactPaths(form, pathPrefix);
  const result = { ...errors };
  for (const field of ['phone', 'email'] as const) {
    const path = paths[field];
    if (path && path in result) {
      result[`${namePrefix}${field}`] = result[path]!;
      delete result[path];
    }
  }
  return result;
}

/** The API's paths of the contacts' problems, to forget when either contact changes. */
export const contactErrorPaths = (pathPrefix: string) => [0, 1].map((index) => `${pathPrefix}contacts[${index}].value`);

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The members, contacts and addresses of a household form, as the API takes them. */
export function toHouseholdBody(form: HouseholdForm): NonNullable<FileRequest['household']> {
  const contacts: NonNullable<NonNullable<FileRequest['household']>['contacts']> = [];
  if (form.phone.trim()) contacts.push({ kind: 'PHONE', value: form.phone.trim() });
  if (form.email.trim()) contacts.push({ kind: 'EMAIL', value: form.email.trim() });
  const hasAddress = form.street.trim() !== '';
  return {
    members: form.members.map((member) => ({
      givenName: member.givenName.trim(),
      familyName: member.familyName.trim(),
      relationship: member.relationship as Relationship,
      birthDate: member.birthDate,
      sex: member.sex as MemberRequest['sex'],
      fiscalCode: member.fiscalCode.trim() ? normaliseFiscalCode(member.fiscalCode) : null,
      citizenship: orNull(member.citizenship),
      residencePermitExpiry: member.residencePermitExpiry || null,
      incomeBand: member.incomeBand || null,
      disabled: member.disabled,
    })),
    contacts,
    addresses: hasAddress
      ? [{ kind: 'RESIDENCE', street: form.street.trim(), postalCode: form.postalCode.trim(), town: form.town.trim() }]
      : [],
  };
}

/** The request body for a form that passed {@link validateRequest}; a request made today needs no date. */
export function toFileRequest(form: RequestForm, today?: string): FileRequest {
  return {
    ...(form.requestedOn && form.requestedOn !== today ? { requestedOn: form.requestedOn } : {}),
    household: toHouseholdBody(form),
    housing: {
      situation: form.situation as Situation,
      hearingDate: form.situation === 'EVICTION_IN_PROGRESS' ? form.hearingDate || null : null,
      description: form.situation === 'OTHER' ? orNull(form.description) : null,
    },
    urgencyFacts: orNull(form.urgencyFacts),
    consent: { givenOn: form.consentGivenOn, scopes: form.scopes },
  };
}
