import type { Me } from '../../api/me';
import type { OfferView } from './api';

export const OFFER_ID = '7a2d5e10-0000-4000-8000-000000000001';

/** A person of an invented partner agency, as GET /api/platform/me answers for them. */
export function partnerPerson(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'partner.immobiliare',
    displayName: 'Giada Morelli Cantoni',
    roles: ['PARTNER_AGENCY'],
    boundTenant: null,
    canChooseTenant: false,
    tenants: [],
    modules: [{ name: 'freemarket', rights: ['offer'] }],
    organisation: { id: 'immobiliare-lambro-casa', name: 'Immobiliare Lambro Casa', kind: 'REAL_ESTATE_AGENCY' },
    ...overrides,
  };
}

/** A draft offer as the server answers it; typed by the generated client. */
export function offerView(overrides: Partial<OfferView> = {}): OfferView {
  return {
    id: OFFER_ID,
    organisation: 'immobiliare-lambro-casa',
    organisationName: 'Immobiliare Lambro Casa',
    municipalityName: 'Melegnano',
    details: {
      municipality: 'melegnano',
      zone: 'Centro storico',
      floorArea: 62,
      rooms: 2,
      floor: 1,
      lift: false,
      heating: 'AUTONOMOUS',
      energyClass: 'D',
      energyIndex: 118.4,
      monthlyRent: 520,
      monthlyCharges: 60,
      contractType: 'FREE_4_4',
      availableFrom: '2027-01-15',
      stepFreeAccess: false,
    },
    status: 'DRAFT',
    nextStatuses: ['PUBLISHED', 'WITHDRAWN'],
    version: 0,
    createdAt: '2026-12-01T10:00:00Z',
    changedAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

export const PARTNER = {
  organisation: 'immobiliare-lambro-casa',
  name: 'Immobiliare Lambro Casa',
  organisationStatus: 'ACTIVE',
  terms: {
    accreditedOn: '2026-01-01', accreditedUntil: '2028-12-31', accreditationRef: 'ACC-1', agreementSignedOn: '2026-01-01',
    agreementUntil: '2027-12-31', agreementRef: 'CONV-1', contactName: 'Giada Morelli Cantoni',
    contactEmail: 'giada@lambrocasa.example', municipalities: ['melegnano', 'san-giuliano-milanese'],
  },
  municipalityNames: { melegnano: 'Melegnano', 'san-giuliano-milanese': 'San Giuliano Milanese' },
  inForce: true,
  version: 0,
};
