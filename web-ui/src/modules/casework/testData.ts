import type { CaseView, ConsentScope, HouseholdConsentView, HouseholdView, ProjectView } from './api';

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

/** A household's consent: case work in force since the request, the other scopes as {@code statuses} says. */
export function consentView(statuses: Partial<Record<ConsentScope, HouseholdConsentView['scopes'][number]['status']>> = {}): HouseholdConsentView {
  const scopes: ConsentScope[] = ['CASE_WORK', 'AUTONOMY_TEAM', 'REAL_ESTATE_AGENCIES', 'MICROCREDIT_FOUNDATION', 'COHOUSING_OPERATORS', 'DISTRICT_SERVICES'];
  const by = { userId: 'operatore.melegnano', displayName: 'Giulia Lambrugo Sala' };
  return {
    householdId: '22222222-2222-2222-2222-222222222222',
    version: 0,
    defaultValidUntil: '2027-11-19',
    scopes: scopes.map((scope) => {
      const status = statuses[scope] ?? (scope === 'CASE_WORK' ? 'IN_FORCE' : 'NOT_GIVEN');
      return status === 'NOT_GIVEN'
        ? { scope, status }
        : { scope, status, givenOn: '2026-11-20', validUntil: '2027-11-19', ...(status === 'WITHDRAWN' ? { withdrawnAt: '2026-11-25T10:00:00Z' } : {}) };
    }),
    history: [
      { kind: 'GIVEN', scope: 'CASE_WORK', givenOn: '2026-11-20', validUntil: '2027-11-19', caseId: '11111111-1111-1111-1111-111111111111', at: '2026-11-20T09:00:00Z', by },
    ],
  };
}
