import { rightsIn, type Me } from '../../api/me';

/** What the user may do in case work: the module's rights from /api/platform/me, which the server checks on every call. */
export function caseworkRights(me: Pick<Me, 'modules'>) {
  const rights = rightsIn(me, 'casework');
  return {
    /** The agency's steps: triage, rejection, assignment, the district inbox, agency-only notes. */
    agency: rights.has('triage'),
    /** Municipal and agency operators write the case together. */
    write: rights.has('write'),
    /** Shared notes on the cases the user may read (autonomy teams too). */
    notes: rights.has('notes'),
  };
}
