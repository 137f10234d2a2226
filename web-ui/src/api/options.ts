import type { Schemas } from './client';

/**
 * A list naming every value of one of the API's enumerations, for the screens' choices, in the order they show them.
 * tsc checks the list against the generated type: a value the server adds fails the build until the screens know it.
 *
 *     export const KINDS = everyValueOf<Schemas['MeasureRequest']['kind']>()(['HOTEL', 'SHELTER', ...]);
 */
export function everyValueOf<T>() {
  return <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> }),
  ): A => values;
}

/** The platform's relationship to a household's reference person, the same in every module that records people. */
export const RELATIONSHIPS = everyValueOf<Schemas['MemberRequest']['relationship']>()([
  'REFERENCE_PERSON',
  'SPOUSE_OR_PARTNER',
  'CHILD',
  'PARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'OTHER',
]);

/** Sex as in the civil registry and the fiscal code. */
export const SEXES = everyValueOf<Schemas['MemberRequest']['sex']>()(['FEMALE', 'MALE']);
