import type { OfferRequest, OfferView } from './api';

/** The offer form's state: what the user typed, as text, until it is sent. */
export interface OfferForm {
  municipality: string;
  zone: string;
  floorArea: string;
  rooms: string;
  floor: string;
  lift: boolean;
  heating: string;
  energyClass: string;
  energyIndex: string;
  monthlyRent: string;
  monthlyCharges: string;
  contractType: string;
  availableFrom: string;
  stepFreeAccess: boolean;
}

export const EMPTY_FORM: OfferForm = {
  municipality: '',
  zone: '',
  floorArea: '',
  rooms: '',
  floor: '0',
  lift: false,
  heating: '',
  energyClass: '',
  energyIndex: '',
  monthlyRent: '',
  monthlyCharges: '0',
  contractType: '',
  availableFrom: '',
  stepFreeAccess: false,
};

const REQUIRED: readonly (keyof OfferForm)[] = [
  'municipality', 'zone', 'floorArea', 'rooms', 'floor', 'heating', 'energyClass', 'energyIndex', 'monthlyRent',
  'monthlyCharges', 'contractType', 'availableFrom',
];

const NUMBERS: readonly (keyof OfferForm)[] = ['floorArea', 'rooms', 'floor', 'energyIndex', 'monthlyRent', 'monthlyCharges'];

/** A decimal as typed in Italian or English ("650,50" or "650.50"). */
function number(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

/**
 * What the form lacks before it is sent, by field, as message keys: the required fields (energy class and index
 * among them: listings must show them), numbers that are numbers, a positive rent. The server checks the rest (the
 * agreed-rent band, the bounds) and its answer is shown on the same fields.
 */
export function formErrors(form: OfferForm): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of REQUIRED) {
    if (String(form[field]).trim() === '') errors[field] = 'form.required';
  }
  for (const field of NUMBERS) {
    if (!errors[field] && Number.isNaN(number(String(form[field])))) errors[field] = 'form.notANumber';
  }
  if (!errors.monthlyRent && number(form.monthlyRent) <= 0) errors.monthlyRent = 'form.positive';
  return errors;
}

export function requestOf(form: OfferForm): OfferRequest {
  return {
    municipality: form.municipality,
    zone: form.zone.trim(),
    floorArea: number(form.floorArea),
    rooms: number(form.rooms),
    floor: number(form.floor),
    lift: form.lift,
    heating: form.heating as OfferRequest['heating'],
    energyClass: form.energyClass as OfferRequest['energyClass'],
    energyIndex: number(form.energyIndex),
    monthlyRent: number(form.monthlyRent),
    monthlyCharges: number(form.monthlyCharges),
    contractType: form.contractType as OfferRequest['contractType'],
    availableFrom: form.availableFrom,
    stepFreeAccess: form.stepFreeAccess,
  };
}

export function formOf(offer: OfferView): OfferForm {
  const d = offer.details;
  return {
    municipality: d.municipality,
    zone: d.zone,
    floorArea: String(d.floorArea),
    rooms: String(d.rooms),
    floor: String(d.floor),
    lift: d.lift,
    heating: d.heating,
    energyClass: d.energyClass,
    energyIndex: String(d.energyIndex),
    monthlyRent: String(d.monthlyRent),
    monthlyCharges: String(d.monthlyCharges),
    contractType: d.contractType,
    availableFrom: d.availableFrom,
    stepFreeAccess: d.stepFreeAccess,
  };
}

export function sameForm(a: OfferForm, b: OfferForm): boolean {
  return (Object.keys(a) as (keyof OfferForm)[]).every((key) => a[key] === b[key]);
}
