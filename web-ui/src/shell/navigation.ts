import type { Me } from '../api/me';

export interface NavEntry {
  name: string;
  path: string;
}

// Module names become URL segments and translation keys: accept only plain lower-case names.
const MODULE_NAME = /^[a-z][a-z0-9-]*$/;

/** The navigation is exactly the modules the server lists for this user and tenant, in its order. */
export function navigationFrom(me: { modules: readonly Pick<Me['modules'][number], 'name'>[] }): NavEntry[] {
  const seen = new Set<string>();
  const entries: NavEntry[] = [];
  for (const { name } of me.modules) {
    if (!MODULE_NAME.test(name) || seen.has(name)) continue;
    seen.add(name);
    entries.push({ name, path: `/${name}` });
  }
  return entries;
}

/** Pages of the platform itself (not of a function module) that the user's roles open: the rules, for agency staff. */
export function platformNavigation(me: Pick<Me, 'roles'>): NavEntry[] {
  const agencyStaff = me.roles.includes('AGENCY_ADMIN') || me.roles.includes('AGENCY_OPERATOR');
  return agencyStaff ? [{ name: 'rules', path: '/administration/rules' }] : [];
}
