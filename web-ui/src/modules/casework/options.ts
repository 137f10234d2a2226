import type { Schemas } from '../../api/client';
import { everyValueOf as every } from '../../api/options';

/**
 * The values of case work's enumerations, for the screens' choices, each checked by tsc to name every value of the
 * generated type (`everyValueOf`). Relationships and sexes are the platform's: `src/api/options.ts`.
 */

type Member = Schemas['MemberRequest'];
type Checklist = Schemas['ChecklistRequest'];
type Action = Schemas['ActionRequest'];

export const INCOME_BANDS = every<NonNullable<Member['incomeBand']>>()([
  'NONE',
  'UP_TO_6000',
  'FROM_6000_TO_15000',
  'FROM_15000_TO_26000',
  'OVER_26000',
]);
export const HOUSING_SITUATIONS = every<Schemas['HousingRequest']['situation']>()([
  'LEASE_NOT_RENEWED',
  'EVICTION_IN_PROGRESS',
  'STABLE_BUT_PROVISIONAL',
  'END_OF_TEMPORARY_RECEPTION',
  'RENT_NOT_SUSTAINABLE',
  'LEAVING_FOR_OTHER_REASONS',
  'OTHER',
]);
export const CONSENT_SCOPES = every<Schemas['ConsentRequest']['scopes'][number]>()([
  'CASE_WORK',
  'AUTONOMY_TEAM',
  'REAL_ESTATE_AGENCIES',
  'MICROCREDIT_FOUNDATION',
  'COHOUSING_OPERATORS',
  'DISTRICT_SERVICES',
]);
export const CONTACT_KINDS = every<Schemas['ContactRequest']['kind']>()(['PHONE', 'EMAIL']);
export const CASE_STATUSES = every<Schemas['CaseView']['status']>()([
  'REQUESTED',
  'TRIAGED',
  'IN_PROGRESS',
  'CLOSED',
  'REJECTED',
]);
export const ARREARS = every<NonNullable<Checklist['arrears']>[number]>()(['RENT', 'MORTGAGE', 'HOUSING_COSTS']);
export const SOCIAL_NETWORKS = every<NonNullable<Checklist['socialNetwork']>>()(['ADEQUATE', 'WEAK', 'NONE']);
export const WORK_SITUATIONS = every<NonNullable<Checklist['work']>>()(['STABLE', 'UNSTABLE_OR_LOW_PAID', 'NO_INCOME']);
export const CLOSURE_OUTCOMES = every<Schemas['ClosureRequest']['outcome']>()([
  'GOALS_REACHED',
  'GOALS_PARTLY_REACHED',
  'GOALS_NOT_REACHED',
  'REFERRED_TO_OTHER_SERVICE',
  'MOVED_AWAY',
  'WITHDRAWN',
]);
export const OWNER_KINDS = every<Action['owner']['kind']>()([
  'AGENCY_OPERATOR',
  'MUNICIPAL_OPERATOR',
  'AUTONOMY_TEAM_OPERATOR',
  'HOUSEHOLD',
  'OTHER',
]);
export const ACTION_STATUSES = every<Action['status']>()(['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED']);
export const NOTE_VISIBILITIES = every<Schemas['NoteRequest']['visibility']>()(['ALL', 'AGENCY_ONLY', 'AUTHOR_ONLY']);

/** Operators own actions by user id; the household and other services by name only. */
export const OPERATOR_KINDS: ReadonlySet<string> = new Set(['AGENCY_OPERATOR', 'MUNICIPAL_OPERATOR', 'AUTONOMY_TEAM_OPERATOR']);
