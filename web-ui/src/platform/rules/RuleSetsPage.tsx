import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../components/Explanation';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRuleSets } from './api';
import { RULES_PATH } from './RulesRoutes';

/** The rule sets, each with the version in force today and the drafts waiting for adoption. */
export function RuleSetsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const ruleSets = useRuleSets();
  useDocumentTitle(t('rules.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('rules.title')}</h1>
      <p className="lead">{t('rules.intro')}</p>
      {ruleSets.isPending && <Loading label={t('rules.loading')} />}
      {ruleSets.isError && <ProblemAlert error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />}
      {ruleSets.data && (
        <div className="table-responsive">
          <table className="table">
            <caption>{t('rules.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.list.name')}</th>
                <th scope="col">{t('rules.list.scope')}</th>
                <th scope="col">{t('rules.list.inForce')}</th>
                <th scope="col">{t('rules.list.drafts')}</th>
              </tr>
            </thead>
            <tbody>
              {ruleSets.data.map((set) => {
                const inForce = set.versions.filter((version) => version.inForce);
                return (
                  <tr key={set.id}>
                    <th scope="row">
                      <Link to={`${RULES_PATH}/${set.id}`}>{label(set.name)}</Link>
                    </th>
                    <td>{t(`rules.scope.${set.scope}`)}</td>
                    <td>
                      {inForce.length === 0
                        ? t('rules.list.noneInForce')
                        : inForce.map((version) => `${version.act.number} (${version.key})`).join(', ')}
                    </td>
                    <td>{set.versions.filter((version) => version.status === 'DRAFT').length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
