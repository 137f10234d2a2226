/** The values of the API's enumerations, in the order the forms show them (most frequent first). */
export const REPORTING_ENTITY_KINDS = [
  'MUNICIPALITY',
  'CARABINIERI',
  'POLICE',
  'FIRE_BRIGADE',
  'HOSPITAL',
  'CITIZEN',
  'OTHER',
  'NOT_RECORDED',
] as const;

/** Kinds whose name may be recorded: institutions only, never a citizen. */
export const NAMEABLE_KINDS: readonly string[] = ['MUNICIPALITY', 'CARABINIERI', 'POLICE', 'FIRE_BRIGADE', 'HOSPITAL', 'OTHER'];

export const PROBLEM_TYPES = [
  'HOUSE_FIRE',
  'EXECUTIVE_EVICTION',
  'SENT_AWAY_BY_HOST',
  'FLOODING',
  'WATER_CUT_OFF_FOR_ARREARS',
  'NO_DWELLING',
  'UNACCOMPANIED_FOREIGN_MINORS',
  'OTHER',
] as const;

export const MEASURE_KINDS = ['HOTEL', 'SHELTER', 'TEMPORARY_UNIT', 'FAMILY_OR_FRIENDS', 'OTHER'] as const;

export const HOUSEHOLD_ROLES = [
  'REFERENCE_PERSON',
  'SPOUSE_OR_PARTNER',
  'CHILD',
  'PARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'OTHER',
] as const;

export const SEXES = ['FEMALE', 'MALE'] as const;

export const MAX_PEOPLE = 99;
