import { describe, expect, it } from 'vitest';
import { emptyIntake, toIntakeRequest, validateIntake } from './intake';

const NOW = new Date('2026-11-25T21:30:00Z');

describe('validateIntake', () => {
  it('asks only who reports and what happened: one person is the default', () => {
    expect(validateIntake(emptyIntake('melegnano'), NOW, false)).toEqual({
      'reportingEntity.kind': 'NotNull',
      'problem.type': 'NotNull',
    });
    expect(validateIntake({ ...emptyIntake(''), reportingEntityKind: 'POLICE', problemType: 'FLOODING' }, NOW, true)).toEqual({
      municipality: 'NotBlank',
    });
  });

  it('checks the rules the server checks, with its codes', () => {
    const form = { ...emptyIntake('melegnano'), reportingEntityKind: 'CITIZEN', reportingEntityName: 'Mario Rossi', problemType: 'OTHER', people: 2, minors: 3 };
    expect(validateIntake(form, NOW, false)).toEqual({
      'reportingEntity.name': 'reportingEntity.name.notAllowed',
      'problem.description': 'problem.description.required',
      'people.minors': 'people.minors.invalid',
    });
    expect(validateIntake({ ...form, reportingEntityName: '', problemDescription: 'Gas', minors: 0, calledAt: '2026-11-26T10:00' }, NOW, false)).toEqual({
      calledAt: 'calledAt.future',
    });
  });
});

describe('toIntakeRequest', () => {
  it('sends the three required answers and leaves out what was not given', () => {
    const form = { ...emptyIntake('melegnano'), reportingEntityKind: 'CARABINIERI', problemType: 'HOUSE_FIRE', people: 3, minors: 2 };
    expect(toIntakeRequest(form)).toEqual({
      reportingEntity: { kind: 'CARABINIERI' },
      problem: { type: 'HOUSE_FIRE' },
      people: { count: 3, minors: 2, fragileMembers: false },
    });
  });

  it('names only institutions and sends an earlier call as an instant', () => {
    const form = {
      ...emptyIntake('melegnano'),
      reportingEntityKind: 'CARABINIERI',
      reportingEntityName: ' Opera ',
      problemType: 'OTHER',
      problemDescription: ' Fuga di gas ',
      place: ' Via Roma 1 ',
      calledAt: '2026-11-25T20:00',
    };
    const request = toIntakeRequest(form);
    expect(request.reportingEntity).toEqual({ kind: 'CARABINIERI', name: 'Opera' });
    expect(request.problem).toEqual({ type: 'OTHER', description: 'Fuga di gas' });
    expect(request.place).toBe('Via Roma 1');
    expect(request.calledAt).toBe(new Date('2026-11-25T20:00').toISOString());
    expect(toIntakeRequest({ ...form, reportingEntityKind: 'CITIZEN' }).reportingEntity).toEqual({ kind: 'CITIZEN' });
  });
});
