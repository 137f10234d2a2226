import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useLabel } from '../../components/Explanation';
import { useFormat, today } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RecordPlaceholder } from '../../components/RecordPlaceholder';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { requestOf, useDraft, useRuleSet, type RuleVersionView } from './api';
import { RULES_PATH } from './RulesRoutes';

/** One rule set: its versions with their acts and dates, and (for administrators) a new draft from the one in force. */
export function RuleSetPage({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { ruleSet = '' } = useParams();
  const label = useLabel();
  const format = useFormat();
  const query = useRuleSet(ruleSet);
  const draft = useDraft(ruleSet);
  const navigate = useNavigate();
  useDocumentTitle(query.data ? label(query.data.name) : t('rules.title'));
  const breadcrumb = <Breadcrumb parent={{ to: RULES_PATH, label: t('rules.title') }} current={query.data ? label(query.data.name) : ruleSet} />;
  if (!query.data) {
    return (
      <RecordPlaceholder
        query={query}
        breadcrumb={breadcrumb}
        texts={{
          titleLoading: t('rules.title'),
          loading: t('rules.loading'),
          notFound: t('rules.notFound'),
          notFoundText: t('rules.notFoundText'),
        }}
        back={{ to: RULES_PATH, label: t('rules.title') }}
      />
    );
  }
  const set = query.data;
  const base: RuleVersionView | undefined =
    set.versions.find((version) => version.inForce) ?? set.versions.filter((version) => version.status === 'ADOPTED').at(-1);
  const startDraft = () => {
    if (!base) return;
    draft.mutate(requestOf(base, `bozza-${today()}-${Date.now().toString(36).slice(-4)}`), {
      onSuccess: (created) => void navigate(`${RULES_PATH}/${ruleSet}/versions/${created.id}`),
    });
  };
  return (
    <>
      {breadcrumb}
      <h1 tabIndex={-1}>{label(set.name)}</h1>
      <p>{t(`rules.scope.${set.scope}`)}</p>
      {admin && base && (
        <p>
          <Button color="primary" onClick={startDraft} disabled={draft.isPending}>
            {t('rules.draft.new')}
          </Button>
          <span className="ms-2 small">{t('rules.draft.newHint', { key: base.key })}</span>
        </p>
      )}
      {draft.isError && <ProblemAlert error={draft.error} />}
      <div className="table-responsive">
        <table className="table">
          <caption>{t('rules.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.versions.key')}</th>
              <th scope="col">{t('rules.versions.act')}</th>
              <th scope="col">{t('rules.versions.effective')}</th>
              <th scope="col">{t('rules.versions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {set.versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  <Link to={`${RULES_PATH}/${ruleSet}/versions/${version.id}`}>{version.key}</Link>
                  {version.municipality && <span className="d-block small">{version.municipality}</span>}
                </th>
                <td>
                  {t(`rules.actKind.${version.act.kind}`)} {version.act.number}, {format.date(version.act.date)}
                  <span className="d-block small">{version.act.body}</span>
                </td>
                <td>
                  {version.effectiveTo
                    ? t('rules.versions.fromTo', { from: format.date(version.effectiveFrom), to: format.date(version.effectiveTo) })
                    : t('rules.versions.from', { from: format.date(version.effectiveFrom) })}
                </td>
                <td>
                  {t(`rules.status.${version.status}`)}
                  {version.inForce && <span className="badge bg-primary ms-2">{t('rules.versions.inForce')}</span>}
                  {version.origin === 'FILE' && <span className="d-block small">{t('rules.versions.shipped')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
