import type { Me } from '../../api/me';

/** What the user's roles allow with emergencies; the server checks the same on every call. */
export function emergencyRights(me: Pick<Me, 'roles'>) {
  const agency = me.roles.includes('AGENCY_OPERATOR');
  return {
    /** Agency operators also see the district view, every municipality side by side. */
    agency,
    /** Municipal and agency operators work on emergencies; nobody else. */
    write: agency || me.roles.includes('MUNICIPAL_OPERATOR'),
  };
}
