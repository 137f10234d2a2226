import type { IntakeRequest } from './api';
import { MAX_PEOPLE, NAMEABLE_KINDS } from './options';

/**
 * The intake form as typed. Only three answers are required (who reports, what happened, how many people); the
 * number of people starts at 1, so on a phone the shortest intake is two taps and "Registra".
 */
export interface IntakeForm {
  municipality: string;
  reportingEntityKind: string;
  reportingEntityName: string;
  problemType: string;
  problemDescription: string;
  place: string;
  people: number;
  minors: number;
  fragileMembers: boolean;
  /** Empty: now. Otherwise a local date-time (yyyy-mm-ddThh:mm) of a call taken earlier. */
  calledAt: string;
}

export const LIMITS = { name: 100, description: 500, place: 200 } as const;

export function emptyIntake(municipality: string): IntakeForm {
  return {
    municipality,
    reportingEntityKind: '',
    reportingEntityName: '',
    problemType: '',
    problemDescription: '',
    place: '',
    people: 1,
    minors: 0,
    fragileMembers: false,
    calledAt: '',
  };
}

/**
 * The problems the server would report, by its field paths and with its codes, so that the form can say them before
 * sending. {@code needsMunicipality}: agency staff with no municipality chosen must name one.
 */
export function validateIntake(form: IntakeForm, now: Date, needsMunicipality: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (needsMunicipality && !form.municipality) errors.municipality = 'NotBlank';
  if (!form.reportingEntityKind) errors['reportingEntity.kind'] = 'NotNull';
  if (form.reportingEntityName.trim() && form.reportingEntityKind && !NAMEABLE_KINDS.includes(form.reportingEntityKind)) {
    errors['reportingEntity.name'] = 'reportingEntity.name.notAllowed';
  }
  if (!form.problemType) errors['problem.type'] = 'NotNull';
  if (form.problemType === 'OTHER' && !form.problemDescription.trim()) {
    errors['problem.description'] = 'problem.description.required';
  }
  if (!Number.isInteger(form.people) || form.people < 1 || form.people > MAX_PEOPLE) errors['people.count'] = 'people.count.invalid';
  if (!Number.isInteger(form.minors) || form.minors < 0 || form.minors > form.people) errors['people.minors'] = 'people.minors.invalid';
  if (form.calledAt) {
    const called = new Date(form.calledAt);
    if (Number.isNaN(called.getTime())) errors.calledAt = 'typeMismatch';
    else if (called.getTime() > now.getTime() + 5 * 60_000) errors.calledAt = 'calledAt.future';
  }
  return errors;
}

/** The request body: what was not given is left out (the server takes the call as made now). */
export function toIntakeRequest(form: IntakeForm): IntakeRequest {
  const name = NAMEABLE_KINDS.includes(form.reportingEntityKind) ? form.reportingEntityName.trim() : '';
  return {
    ...(form.calledAt ? { calledAt: new Date(form.calledAt).toISOString() } : {}),
    reportingEntity: {
      kind: form.reportingEntityKind as IntakeRequest['reportingEntity']['kind'],
      ...(name ? { name } : {}),
    },
    problem: {
      type: form.problemType as IntakeRequest['problem']['type'],
      ...(form.problemType === 'OTHER' || form.problemDescription.trim() ? { description: form.problemDescription.trim() } : {}),
    },
    ...(form.place.trim() ? { place: form.place.trim() } : {}),
    people: { count: form.people, minors: form.minors, fragileMembers: form.fragileMembers },
  };
}
