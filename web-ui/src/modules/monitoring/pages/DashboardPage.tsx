import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Me } from '../../../api/me';
import { tenantName } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useTenant } from '../../../tenant/TenantContext';
import { useFigures, type DistrictFigures } from '../api';
import { BarFigure, type Row } from '../components/BarFigure';
import {
  exportUrl,
  figuresQuery,
  initialFilters,
  isValid,
  PRESETS,
  presetFilters,
  reportUrl,
  searchParams,
  type ExportFile,
  type Filters,
  type Preset,
} from '../filters';

const GRADES = [0, 1, 2, 3, 4] as const;

/**
 * The district's figures: filters (period, municipality, grade), the key numbers, a chart per published table and
 * per dashboard figure, each with its data as a table, and the downloads. Agency staff see the district or the
 * municipality they choose; a municipal operator sees their own municipality (the server decides either way).
 */
export function DashboardPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('monitoring');
  const { tenant } = useTenant();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('dashboard.title'));
  const [draft, setDraft] = useState<Filters>(() => {
    const initial = initialFilters(new Date(), params, me.boundTenant ?? null);
    return initial.municipality || !tenant ? initial : { ...initial, municipality: tenant };
  });
  const [applied, setApplied] = useState<Filters>(draft);
  const query = useMemo(() => figuresQuery(applied), [applied]);
  const figures = useFigures(query, isValid(applied));
  const chooses = me.canChooseTenant && !me.boundTenant;
  const invalid = !isValid(draft);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    setApplied(draft);
    setParams(searchParams(draft), { replace: true });
  }

  const scope = figures.data?.municipality?.name ?? (applied.municipality ? tenantName(me, applied.municipality) : null);

  return (
    <>
      <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
      <p className="lead">
        {scope ? t('dashboard.lead.municipality', { name: scope }) : t('dashboard.lead.district')}
      </p>

      <form className="border rounded p-3 mb-4" onSubmit={submit} aria-labelledby="monitoring-filters" noValidate>
        <h2 id="monitoring-filters" className="h5">
          {t('filters.legend')}
        </h2>
        <div className="row g-3 align-items-end">
          <div className="col-12 col-lg-5">
            <label htmlFor="monitoring-preset" className="form-label">
              {t('filters.preset')}
            </label>
            <select id="monitoring-preset" className="form-select" value={draft.preset}
              onChange={(event) => setDraft(presetFilters(event.target.value as Preset, new Date(), draft))}>
              {PRESETS.map((preset) => (
                <option key={preset} value={preset}>
                  {t(`filters.presets.${preset}`)}
                </option>
              ))}
            </select>
          </div>
          <DateField id="monitoring-from" label={t('filters.from')} value={draft.from}
            onChange={(from) => setDraft({ ...draft, preset: 'custom', from })} />
          <DateField id="monitoring-to" label={t('filters.to')} value={draft.to}
            onChange={(to) => setDraft({ ...draft, preset: 'custom', to })} />
          {chooses && (
            <div className="col-12 col-sm-6 col-lg-3">
              <label htmlFor="monitoring-municipality" className="form-label">
                {t('filters.municipality')}
              </label>
              <select id="monitoring-municipality" className="form-select" value={draft.municipality ?? ''}
                onChange={(event) => setDraft({ ...draft, municipality: event.target.value || null })}>
                <option value="">{t('filters.district')}</option>
                {me.tenants.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="row g-3 mt-1">
          <fieldset className="col-12 col-lg-7">
            <legend className="form-label fs-6 fw-semibold">{t('filters.grades')}</legend>
            <div className="d-flex flex-wrap gap-3" aria-describedby="monitoring-grades-hint">
              {GRADES.map((grade) => (
                <div key={grade} className="form-check m-0">
                  <input id={`monitoring-grade-${grade}`} type="checkbox" className="form-check-input"
                    checked={draft.grades.includes(grade)}
                    onChange={(event) => setDraft({
                      ...draft,
                      preset: draft.preset,
                      grades: event.target.checked
                        ? [...draft.grades, grade]
                        : draft.grades.filter((chosen) => chosen !== grade),
                    })} />
                  <label htmlFor={`monitoring-grade-${grade}`} className="form-check-label">
                    {t(`grade.${grade}`)}
                  </label>
                </div>
              ))}
            </div>
            <div id="monitoring-grades-hint" className="form-text">
              {t('filters.gradesHint')}
            </div>
          </fieldset>
          <fieldset className="col-12 col-lg-5">
            <legend className="form-label fs-6 fw-semibold">{t('filters.emergencies')}</legend>
            <div className="form-check">
              <input id="monitoring-emergencies-same" type="checkbox" className="form-check-input"
                checked={draft.emergenciesSame}
                onChange={(event) => setDraft({
                  ...draft,
                  preset: 'custom',
                  emergenciesSame: event.target.checked,
                  emergenciesFrom: draft.emergenciesFrom || draft.from,
                  emergenciesTo: draft.emergenciesTo || draft.to,
                })} />
              <label htmlFor="monitoring-emergencies-same" className="form-check-label">
                {t('filters.emergenciesSame')}
              </label>
            </div>
            {!draft.emergenciesSame && (
              <div className="row g-2">
                <DateField id="monitoring-emergencies-from" label={t('filters.emergenciesFrom')}
                  value={draft.emergenciesFrom} wide
                  onChange={(emergenciesFrom) => setDraft({ ...draft, preset: 'custom', emergenciesFrom })} />
                <DateField id="monitoring-emergencies-to" label={t('filters.emergenciesTo')} value={draft.emergenciesTo}
                  wide onChange={(emergenciesTo) => setDraft({ ...draft, preset: 'custom', emergenciesTo })} />
              </div>
            )}
          </fieldset>
        </div>
        {invalid && (
          <p className="text-danger mt-2 mb-0" role="alert">
            {t('filters.invalidPeriod')}
          </p>
        )}
        <button type="submit" className="btn btn-primary mt-3" disabled={invalid}>
          {t('filters.apply')}
        </button>
      </form>

      <Downloads filters={applied} language={i18n.language} />

      {figures.isPending && <Loading label={t('dashboard.loading')} />}
      {figures.isError && <ProblemAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {figures.isSuccess && (
        <div aria-busy={figures.isFetching}>
          {figures.isFetching && <p className="visually-hidden" role="status">{t('dashboard.refreshing')}</p>}
          <Figures figures={figures.data} />
        </div>
      )}
    </>
  );
}

function DateField({ id, label, value, onChange, wide }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'col-12 col-sm-6' : 'col-6 col-lg-2'}>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <input id={id} type="date" className="form-control" value={value} required
        onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function Downloads({ filters, language }: { filters: Filters; language: string }) {
  const { t } = useTranslation('monitoring');
  const files: { file: ExportFile; label: string }[] = [
    { file: 'fotografia.pdf', label: t('downloads.pdf') },
    { file: 'figures.xlsx', label: t('downloads.xlsx') },
    { file: 'figures.csv', label: t('downloads.csv') },
  ];
  const disabled = !isValid(filters);
  return (
    <section className="mb-4" aria-labelledby="monitoring-downloads">
      <h2 id="monitoring-downloads" className="h5">
        {t('downloads.title')}
      </h2>
      <p className="small text-muted">{t('dashboard.internal')}</p>
      {(['internal', 'public'] as const).map((audience) => (
        <div key={audience} className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <span className="me-2">{t(`downloads.${audience}`)}:</span>
          <Link className={`btn btn-sm ${audience === 'internal' ? 'btn-primary' : 'btn-secondary'}${disabled ? ' disabled' : ''}`}
            to={reportUrl(filters, audience)} aria-disabled={disabled}>
            {t('downloads.report')}
          </Link>
          {files.map(({ file, label }) => (
            <a key={file} className={`btn btn-sm ${audience === 'internal' ? 'btn-outline-primary' : 'btn-outline-secondary'}${disabled ? ' disabled' : ''}`}
              href={exportUrl(file, filters, audience, language)} download aria-disabled={disabled}>
              {label}
            </a>
          ))}
        </div>
      ))}
    </section>
  );
}

function Figures({ figures }: { figures: DistrictFigures }) {
  const { t } = useTranslation('monitoring');
  const requests = figures.requests;
  const monthTotals = new Map<string, number>();
  for (const row of requests.monthly) monthTotals.set(row.month, (monthTotals.get(row.month) ?? 0) + row.count);
  const municipalityNames = new Map(figures.municipalities.map((municipality) => [municipality.id, municipality.name]));

  const rows = {
    municipalities: requests.byMunicipality
      .filter((row) => row.count > 0 || figures.municipalities.length <= 12)
      .map((row): Row => ({ key: row.municipality, label: row.name, count: row.count })),
    months: [...monthTotals.entries()].map(([month, count]): Row => ({ key: month, label: month, count })),
    housing: requests.byHousingSituation.map((row): Row => ({
      key: row.category, label: t(`housingSituation.${row.category}`), count: row.count,
    })),
    households: figures.households.byComposition.map((row): Row => ({
      key: row.category, label: t(`composition.${row.category}`), count: row.count,
    })),
    grades: requests.byGrade.map((row): Row => ({ key: String(row.grade), label: t(`grade.${row.grade}`), count: row.count })),
    status: requests.byStatus.map((row): Row => ({ key: row.category, label: t(`status.${row.category}`), count: row.count })),
    filedBy: requests.byFiledBy.map((row): Row => ({ key: row.category, label: t(`filedBy.${row.category}`), count: row.count })),
    entities: figures.emergencies.byReportingEntity.map((row): Row => ({
      key: `${row.kind}/${row.name ?? ''}`,
      label: row.name ? t(`reportingEntityNamed.${row.kind}`, { name: row.name }) : t(`reportingEntity.${row.kind}`),
      count: row.count,
    })),
    problems: figures.emergencies.byProblem.map((row): Row => ({
      key: row.category, label: t(`problem.${row.category}`), count: row.count,
    })),
  };

  return (
    <>
      <section aria-labelledby="monitoring-kpi" className="mb-4">
        <h2 id="monitoring-kpi" className="visually-hidden">
          {t('kpi.caption')}
        </h2>
        <div className="row g-3">
          <Kpi label={t('kpi.requests')} value={requests.total} />
          <Kpi label={t('kpi.households')} value={figures.households.total}
            detail={figures.households.fromEarlierPeriods > 0
              ? t('kpi.householdsEarlier', { count: figures.households.fromEarlierPeriods }) : undefined} />
          <Kpi label={t('kpi.interviews')} value={figures.interviews.total} />
          <Kpi label={t('kpi.emergencies')} value={figures.emergencies.total} />
          <Kpi label={t('kpi.timeToTriage')} value={requests.timeToTriage.medianDays ?? t('kpi.none')}
            detail={requests.timeToTriage.cases > 0 ? t('kpi.over', { count: requests.timeToTriage.cases }) : undefined} />
          <Kpi label={t('kpi.timeToClosure')} value={requests.timeToClosure.medianDays ?? t('kpi.none')}
            detail={requests.timeToClosure.cases > 0 ? t('kpi.over', { count: requests.timeToClosure.cases }) : undefined} />
        </div>
      </section>

      <div className="row">
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.requestsByMunicipality')} rows={rows.municipalities} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.monthly')} rows={rows.months} orientation="months" />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.housing')} rows={rows.housing} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.households')} rows={rows.households} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.grades')} rows={rows.grades} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.status')} rows={rows.status} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.filedBy')} rows={rows.filedBy} />
        </div>
        <div className="col-12 col-xl-6">
          <DurationsTable figures={figures} names={municipalityNames} />
        </div>
      </div>

      <h2 className="h3 mt-4">{t('charts.emergencySection')}</h2>
      <p>
        {t('charts.emergencyFacts', {
          people: figures.emergencies.peopleInvolved,
          minors: figures.emergencies.withMinors,
          handedOver: figures.emergencies.handedOver,
        })}
      </p>
      <div className="row">
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.entities')} rows={rows.entities} />
        </div>
        <div className="col-12 col-xl-6">
          <BarFigure title={t('charts.problems')} rows={rows.problems} />
        </div>
      </div>
    </>
  );
}

function Kpi({ label, value, detail }: { label: string; value: number | string; detail?: string | undefined }) {
  return (
    <div className="col-6 col-md-4 col-xl-2">
      <div className="border rounded p-3 h-100">
        <p className="small mb-1">{label}</p>
        <p className="h3 mb-0">{value}</p>
        {detail && <p className="small text-muted mb-0">{detail}</p>}
      </div>
    </div>
  );
}

function DurationsTable({ figures, names }: { figures: DistrictFigures; names: Map<string, string> }) {
  const { t } = useTranslation('monitoring');
  const rows = figures.requests.durationsByMunicipality.filter(
    (row) => row.timeToTriage.cases > 0 || row.timeToClosure.cases > 0,
  );
  return (
    <figure className="mb-5">
      <figcaption className="h5">{t('charts.durations')}</figcaption>
      {rows.length === 0 ? (
        <p>{t('charts.empty')}</p>
      ) : (
        <table className="table table-sm">
          <thead>
            <tr>
              <th scope="col">{t('filters.municipality')}</th>
              <th scope="col" className="text-end">{t('charts.triage')}</th>
              <th scope="col" className="text-end">{t('charts.closure')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.municipality}>
                <th scope="row" className="fw-normal">{names.get(row.municipality) ?? row.municipality}</th>
                <td className="text-end">{row.timeToTriage.medianDays ?? t('kpi.none')}</td>
                <td className="text-end">{row.timeToClosure.medianDays ?? t('kpi.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
