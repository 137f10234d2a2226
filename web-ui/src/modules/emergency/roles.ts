import { rightsIn, type Me } from '../../api/me';

/** What the user may do with emergencies: the module's rights from /api/platform/me, which the server checks. */
export function emergencyRights(me: Pick<Me, 'modules'>) {
  const rights = rightsIn(me, 'emergency');
  return {
    /** Every municipality's emergencies side by side, with no municipality chosen. */
    agency: rights.has('district'),
    /** Municipal and agency operators work on emergencies; nobody else. */
    write: rights.has('work'),
  };
}
