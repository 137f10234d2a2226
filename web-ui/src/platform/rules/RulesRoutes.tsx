import { Route, Routes } from 'react-router';
import type { Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RuleSetPage } from './RuleSetPage';
import { RuleSetsPage } from './RuleSetsPage';
import { VersionPage } from './VersionPage';

export const RULES_PATH = '/administration/rules';

/** Who sees the rule screens: the agency's staff read and try rules; only administrators draft and adopt. */
export function canReadRules(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('AGENCY_ADMIN') || me.roles.includes('AGENCY_OPERATOR');
}

export function canAdministerRules(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('AGENCY_ADMIN');
}

/** The rule-set screens, under /administration/rules. */
export function RulesRoutes({ me }: { me: Me }) {
  const admin = canAdministerRules(me);
  return (
    <Routes>
      <Route index element={<RuleSetsPage />} />
      <Route path=":ruleSet" element={<RuleSetPage admin={admin} />} />
      <Route path=":ruleSet/versions/:id" element={<VersionPage admin={admin} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
