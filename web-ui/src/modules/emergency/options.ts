import type { Schemas } from '../../api/client';
import { everyValueOf } from '../../api/options';

/**
 * The values of the emergency API's enumerations, in the order the forms show them (most frequent first), each checked
 * by tsc to name every value of the generated type. Relationships and sexes are the platform's: `src/api/options.ts`.
 */
export const REPORTING_ENTITY_KINDS = everyValueOf<Schemas['ReportingEntityRequest']['kind']>()([
  'MUNICIPALITY',
  'CARABINIERI',
  'POLICE',
  'FIRE_BRIGADE',
  'HOSPITAL',
  'CITIZEN',
  'OTHER',
  'NOT_RECORDED',
]);

/** Kinds whose name may be recorded: institutions only, never a citizen. */
export const NAMEABLE_KINDS: readonly string[] = ['MUNICIPALITY', 'CARABINIERI', 'POLICE', 'FIRE_BRIGADE', 'HOSPITAL', 'OTHER'];

export const PROBLEM_TYPES = everyValueOf<Schemas['ProblemRequest']['type']>()([
  'HOUSE_FIRE',
  'EXECUTIVE_EVICTION',
  'SENT_AWAY_BY_HOST',
  'FLOODING',
  'WATER_CUT_OFF_FOR_ARREARS',
  'NO_DWELLING',
  'UNACCOMPANIED_FOREIGN_MINORS',
  'OTHER',
]);

export const MEASURE_KINDS = everyValueOf<Schemas['MeasureRequest']['kind']>()([
  'HOTEL',
  'SHELTER',
  'TEMPORARY_UNIT',
  'FAMILY_OR_FRIENDS',
  'OTHER',
]);

export const MAX_PEOPLE = 99;
