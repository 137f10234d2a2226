import type { EmergencyView } from './api';

export const EMERGENCY_ID = '6f1c4f0e-0000-4000-8000-000000000001';

/** An open emergency as the server answers it, for the screens' tests; typed by the generated client. */
export function emergencyView(overrides: Partial<EmergencyView> = {}): EmergencyView {
  const by = { userId: 'operatore.melegnano', displayName: 'Marco Rossi' };
  return {
    id: EMERGENCY_ID,
    version: 2,
    municipality: 'melegnano',
    status: 'OPEN',
    calledAt: '2026-11-20T21:30:00Z',
    reportedAt: '2026-11-20T21:35:00Z',
    reportedBy: by,
    reportingEntity: { kind: 'CARABINIERI' },
    problem: { type: 'HOUSE_FIRE' },
    people: { count: 2, minors: 0, fragileMembers: false, persons: [] },
    measures: [],
    followUp: [
      { kind: 'PLACEMENT_ARRANGED', dueAt: '2026-11-21T01:30:00Z', overdue: true },
      { kind: 'MUNICIPALITY_INFORMED', dueAt: '2026-11-21T09:30:00Z', doneAt: '2026-11-20T21:35:00Z', doneBy: by, overdue: false },
    ],
    overdue: true,
    handOverMissing: ['people.referencePerson.missing', 'people.persons.notAllNamed'],
    ...overrides,
  };
}
