import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useLabel, useRuleValue } from '../../components/Explanation';
import { useFormat } from '../../components/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RecordPlaceholder } from '../../components/RecordPlaceholder';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useAdopt, useDiscard, useRuleSet, useVersion, type RuleVersionView } from './api';
import { ChangesPanel } from './ChangesPanel';
import { DraftForm } from './DraftForm';
import { RULES_PATH } from './RulesRoutes';
import { WhatIfPanel } from './WhatIfPanel';

/** One version: what it says and under which act; for a draft, its form, its changes and its adoption. */
export function VersionPage({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { ruleSet = '', id = '' } = useParams();
  const versionId = Number(id);
  const label = useLabel();
  const set = useRuleSet(ruleSet);
  const query = useVersion(ruleSet, versionId);
  useDocumentTitle(query.data ? `${query.data.key} - ${t('rules.title')}` : t('rules.title'));
  const breadcrumb = (
    <Breadcrumb
      parent={{ to: `${RULES_PATH}/${ruleSet}`, label: set.data ? label(set.data.name) : ruleSet }}
      current={query.data?.key ?? id}
    />
  );
  if (!query.data || !set.data) {
    return (
      <RecordPlaceholder
        query={query.data ? set : query}
        breadcrumb={breadcrumb}
        texts={{
          titleLoading: t('rules.version.title'),
          loading: t('rules.loading'),
          notFound: t('rules.version.notFound'),
          notFoundText: t('rules.notFoundText'),
        }}
        back={{ to: `${RULES_PATH}/${ruleSet}`, label: t('rules.title') }}
      />
    );
  }
  const version = query.data;
  const draft = version.status === 'DRAFT';
  return (
    <>
      {breadcrumb}
      <h1 tabIndex={-1}>
        {label(set.data.name)}: {version.key}
      </h1>
      <p>
        <span className="badge bg-secondary me-2">{t(`rules.status.${version.status}`)}</span>
        {version.inForce && <span className="badge bg-primary">{t('rules.versions.inForce')}</span>}
      </p>
      {draft && admin ? (
        <>
          <DraftForm ruleSet={ruleSet} version={version} />
          <ChangesPanel ruleSet={ruleSet} version={version} />
          <DraftActions ruleSet={ruleSet} version={version} />
        </>
      ) : (
        <VersionDetails version={version} />
      )}
      <WhatIfPanel ruleSet={set.data} version={version} />
    </>
  );
}

function VersionDetails({ version }: { version: RuleVersionView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const value = useRuleValue();
  return (
    <section aria-labelledby="version-details">
      <h2 id="version-details" className="h4">
        {t('rules.version.details')}
      </h2>
      <dl className="row">
        <dt className="col-sm-3">{t('rules.versions.act')}</dt>
        <dd className="col-sm-9">
          {t(`rules.actKind.${version.act.kind}`)} {version.act.number}, {format.date(version.act.date)} ({version.act.body})
        </dd>
        <dt className="col-sm-3">{t('rules.versions.effective')}</dt>
        <dd className="col-sm-9">
          {version.effectiveTo
            ? t('rules.versions.fromTo', { from: format.date(version.effectiveFrom), to: format.date(version.effectiveTo) })
            : t('rules.versions.from', { from: format.date(version.effectiveFrom) })}
        </dd>
        <dt className="col-sm-3">{t('rules.version.adopted')}</dt>
        <dd className="col-sm-9">
          {version.adoptedAt ? `${format.dateTime(version.adoptedAt)} (${version.adoptedBy})` : t('rules.version.notAdopted')}
        </dd>
      </dl>
      <table className="table table-sm">
        <caption>{t('rules.version.parameters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.version.parameter')}</th>
            <th scope="col">{t('rules.version.value')}</th>
          </tr>
        </thead>
        <tbody>
          {version.parameters.map((parameter) => (
            <tr key={parameter.name}>
              <th scope="row" className="fw-normal">
                {label(parameter.label)}
              </th>
              <td>{value(parameter.value, parameter.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="h5">{t('rules.version.criteria')}</h3>
      <ul>
        {version.criteria.map((criterion) => (
          <li key={criterion.id}>
            {label(criterion.label)}: <code>{criterion.fact}</code> {t(`rules.operator.${criterion.operator}`)}{' '}
            <code>{criterion.operands.join(', ')}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DraftActions({ ruleSet, version }: { ruleSet: string; version: RuleVersionView }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const adopt = useAdopt(ruleSet, version.id);
  const discard = useDiscard(ruleSet, version.id);
  const navigate = useNavigate();
  return (
    <section aria-labelledby="adoption" className="mt-4">
      <h2 id="adoption" className="h4">
        {t('rules.adopt.title')}
      </h2>
      <p>{t('rules.adopt.explain')}</p>
      <div className="form-check">
        <input
          id="adopt-confirm"
          type="checkbox"
          className="form-check-input"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <label htmlFor="adopt-confirm" className="form-check-label">
          {t('rules.adopt.confirm', { number: version.act.number, body: version.act.body })}
        </label>
      </div>
      {adopt.isError && <ProblemAlert error={adopt.error} />}
      {discard.isError && <ProblemAlert error={discard.error} />}
      <div className="d-flex gap-2 mt-3">
        <Button color="primary" disabled={!confirmed || adopt.isPending} onClick={() => adopt.mutate(version.revision)}>
          {t('rules.adopt.action')}
        </Button>
        <Button
          color="danger"
          outline
          disabled={discard.isPending}
          onClick={() => discard.mutate(version.revision, { onSuccess: () => void navigate(`${RULES_PATH}/${ruleSet}`) })}
        >
          {t('rules.draft.discard')}
        </Button>
      </div>
    </section>
  );
}
