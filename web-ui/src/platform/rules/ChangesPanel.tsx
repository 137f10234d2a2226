import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useChanges, type RuleVersionView } from './api';

/** The review before adoption: every line of the draft that differs from the version in force when it takes effect. */
export function ChangesPanel({ ruleSet, version }: { ruleSet: string; version: RuleVersionView }) {
  const { t } = useTranslation();
  const changes = useChanges(ruleSet, version.id, true);
  return (
    <section aria-labelledby="changes" className="mt-4">
      <h2 id="changes" className="h4">
        {t('rules.changes.title')}
      </h2>
      {changes.isPending && <Loading label={t('rules.loading')} />}
      {changes.isError && <ProblemAlert error={changes.error} onRetry={() => void changes.refetch()} />}
      {changes.data && (
        <>
          <p>
            {changes.data.against
              ? t('rules.changes.against', { key: changes.data.against.key, number: changes.data.against.act.number })
              : t('rules.changes.first')}
          </p>
          {changes.data.changes.length === 0 ? (
            <p>{t('rules.changes.none')}</p>
          ) : (
            <div className="table-responsive">
              <table className="table table-sm">
                <caption>{t('rules.changes.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('rules.changes.path')}</th>
                    <th scope="col">{t('rules.changes.before')}</th>
                    <th scope="col">{t('rules.changes.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.data.changes.map((change) => (
                    <tr key={change.path}>
                      <th scope="row" className="fw-normal">
                        <code>{change.path}</code>
                      </th>
                      <td>{change.before ?? '-'}</td>
                      <td>
                        <ins>{change.after ?? '-'}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
