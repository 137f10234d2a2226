import type { CaseView, HouseholdView, ProjectView } from './api';

/** Answers shaped like the server's, for the screens' tests; typed by the generated client. */
export function caseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: '11111111-1111-1111-1111-111111111111',
    version: 3,
    municipality: 'melegnano',
    householdId: '22222222-2222-2222-2222-222222222222',
    status: 'IN_PROGRESS',
    grade: 3,
    filedAt: '2026-11-20T09:00:00Z',
    requestedOn: '2026-11-20',
    filedBy: 'MUNICIPALITY',
    filedByUser: { userId: 'operatore.melegnano', displayName: 'Giulia Lambrugo Sala' },
    housingSituation: 'LEASE_NOT_RENEWED',
    consentGivenOn: '2026-11-20',
    consentScopes: ['CASE_WORK'],
    composition: 'SINGLE_ADULT',
    projectAgreed: true,
    allowedStatuses: ['CLOSED'],
    statusHistory: [],
    gradeHistory: [],
    closures: [],
    ...overrides,
  };
}

export function projectView(overrides: Partial<ProjectView> = {}): ProjectView {
  const by = { userId: 'agenzia.operatrice', displayName: 'Marta Colombini Ascari' };
  return {
    caseId: '11111111-1111-1111-1111-111111111111',
    version: 1,
    revision: 1,
    goals: ['Trovare casa'],
    actions: [],
    waysAndTimes: 'Sei mesi',
    agreedAt: '2026-11-21T10:00:00Z',
    agreedBy: by,
    lastChangedAt: '2026-11-21T10:00:00Z',
    lastChangedBy: by,
    ...overrides,
  };
}

export function householdView(overrides: Partial<HouseholdView> = {}): HouseholdView {
  return {
    id: '22222222-2222-2222-2222-222222222222',
    version: 1,
    members: [],
    contacts: [],
    addresses: [],
    composition: 'SINGLE_ADULT',
    fragileMembers: false,
    ...overrides,
  };
}
