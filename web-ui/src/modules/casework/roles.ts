import type { Me } from '../../api/me';

/** What the user's roles allow in case work; the server checks the same on every call. */
export function caseworkRights(me: Pick<Me, 'roles'>) {
  const agency = me.roles.includes('AGENCY_OPERATOR');
  const municipal = me.roles.includes('MUNICIPAL_OPERATOR');
  return {
    /** Agency operators: triage, rejection, the district inbox, agency-only notes. */
    agency,
    /** Municipal and agency operators write the case together. */
    write: agency || municipal,
  };
}
