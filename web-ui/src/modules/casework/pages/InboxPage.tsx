import { Badge, Button } from 'design-react-kit';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Me, rightsIn, tenantName } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useTenant } from '../../../tenant/TenantContext';
import { useInbox, type InboxEntry, type InboxQuery } from '../api';
import { Checkbox, ProgressBar, SelectField, TextField } from '../../../components/fields';
import { GradeBadge, StatusBadge } from '../components/badges';
import { useFormat } from '../../../components/format';
import { CASE_STATUSES } from '../options';

const PAGE_SIZES = [20, 50, 100];
const isOpen = (status: InboxEntry['status']) => status === 'REQUESTED' || status === 'TRIAGED' || status === 'IN_PROGRESS';
/** The address parameters of the filters: the filter panel starts open when one is set. */
const FILTERS = ['municipality', 'grade', 'status', 'mine', 'minAgeDays', 'maxAgeDays', 'teamWithoutConsent'];
const SORTS = ['urgency', 'oldest', 'newest', 'name'] as const;
type Sort = (typeof SORTS)[number];
/** The server orders the whole list before paging; the address keeps the readable lower-case name. */
const SERVER_ORDER: Record<Sort, NonNullable<InboxQuery['sort']>> = {
  urgency: 'URGENCY',
  oldest: 'OLDEST',
  newest: 'NEWEST',
  name: 'NAME',
};

function sortFrom(params: URLSearchParams): Sort {
  const sort = params.get('sort') ?? '';
  return (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'urgency';
}

/** Reads the filters from the address, so that a filtered list can be bookmarked, shared and gone back to. */
function queryFrom(params: URLSearchParams, me: Me): InboxQuery {
  const numbers = (name: string) => params.getAll(name).map(Number).filter((n) => Number.isInteger(n));
  const query: InboxQuery = {
    page: Math.max(0, Number(params.get('page') ?? 0) || 0),
    size: PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const municipality = params.get('municipality');
  if (municipality) query.municipality = municipality;
  const grades = numbers('grade').filter((n) => n >= 0 && n <= 4);
  if (grades.length) query.grade = grades;
  const statuses = params.getAll('status').filter((s): s is InboxEntry['status'] =>
    (CASE_STATUSES as readonly string[]).includes(s),
  );
  if (statuses.length) query.status = statuses;
  if (params.get('mine') === '1') query.assignee = me.userId;
  const minAge = params.get('minAgeDays');
  if (minAge && Number(minAge) >= 0) query.minAgeDays = Number(minAge);
  const maxAge = params.get('maxAgeDays');
  if (maxAge && Number(maxAge) >= 0) query.maxAgeDays = Number(maxAge);
  if (params.get('teamWithoutConsent') === '1') query.teamActionsWithoutConsent = true;
  const sort = sortFrom(params);
  if (sort !== 'urgency') query.sort = SERVER_ORDER[sort];
  return query;
}

/** The inbox: agency staff see the whole district (or one municipality), most urgent first; municipalities their own. */
export function InboxPage({ me }: { me: Me }) {
  const { t } = useTranslation('casework');
  const { tenant } = useTenant();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFrom(params, me), [params, me]);
  const inbox = useInbox(query);
  const format = useFormat();
  const rights = rightsIn(me, 'casework');
  const district = !me.boundTenant && !tenant;
  const scope = tenantName(me, me.boundTenant ?? tenant);
  const sort = sortFrom(params);
  useDocumentTitle(t('inbox.title'));

  const [search, setSearch] = useState(params.get('q') ?? '');
  const set = (changes: Record<string, string | string[] | null>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      next.delete(name);
      for (const item of Array.isArray(value) ? value : value ? [value] : []) next.append(name, item);
    }
    if (resetPage) next.delete('page');
    setParams(next);
  };
  const toggle = (name: string, value: string, on: boolean) => {
    const values = params.getAll(name).filter((v) => v !== value);
    set({ [name]: on ? [...values, value] : values });
  };
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: search.trim() || null });
  };

  // The agency decides what becomes of the team's actions on cases whose household no longer consents to the team.
  const withoutConsent = useInbox({ page: 0, size: 1, teamActionsWithoutConsent: true }, rights.has('triage') && !query.teamActionsWithoutConsent);
  const withoutConsentCount = withoutConsent.data?.page?.totalElements ?? 0;

  const rows = inbox.data?.content ?? [];
  const page = inbox.data?.page;

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <div>
          <h1 tabIndex={-1}>{t('inbox.title')}</h1>
          <p className="lead">{district ? t('inbox.leadDistrict') : t('inbox.leadTenant', { name: scope })}</p>
        </div>
        {rights.has('write') && (
          <Link to="/casework/new" className="btn btn-primary">
            {t('inbox.newRequest')}
          </Link>
        )}
      </div>

      {withoutConsentCount > 0 && (
        <div className="alert alert-warning d-flex flex-wrap align-items-center gap-3" role="note">
          <span>{t('inbox.teamWithoutConsentNotice', { count: withoutConsentCount })}</span>
          <Button color="primary" outline size="sm" onClick={() => set({ teamWithoutConsent: '1' })}>
            {t('inbox.teamWithoutConsentShow')}
          </Button>
        </div>
      )}

      <search>
        <form role="search" aria-label={t('inbox.searchLabel')} className="row g-2 align-items-end mb-3" onSubmit={submitSearch}>
          <TextField
            className="col-12 col-md-8"
            id="inbox-search"
            type="search"
            label={t('inbox.search')}
            hint={t('inbox.searchHint')}
            value={search}
            maxLength={100}
            onChange={setSearch}
          />
          <div className="col-12 col-md-4 mb-4">
            <Button color="primary" type="submit">
              {t('inbox.searchButton')}
            </Button>
          </div>
        </form>
      </search>

      <details className="casa-filters mb-3" open={FILTERS.some((name) => params.has(name)) || undefined}>
        <summary className="fw-semibold">{t('inbox.filters')}</summary>
        <div className="row pt-3">
          {district && (
            <SelectField
              className="col-12 col-md-4 mb-3"
              id="filter-municipality"
              label={t('inbox.municipality')}
              value={params.get('municipality') ?? ''}
              placeholder={t('inbox.allMunicipalities')}
              options={me.tenants.map((option) => ({ value: option.id, label: option.name }))}
              onChange={(value) => set({ municipality: value || null })}
            />
          )}
          <fieldset className="col-12 col-md-4 mb-3">
            <legend className="form-label fw-semibold fs-6">{t('inbox.grade')}</legend>
            {[4, 3, 2, 1, 0].map((grade) => (
              <Checkbox
                key={grade}
                id={`filter-grade-${grade}`}
                label={grade === 0 ? t('grade.none') : t(`grade.${grade}`)}
                checked={params.getAll('grade').includes(String(grade))}
                onChange={(on) => toggle('grade', String(grade), on)}
              />
            ))}
          </fieldset>
          <fieldset className="col-12 col-md-4 mb-3">
            <legend className="form-label fw-semibold fs-6">{t('inbox.status')}</legend>
            {CASE_STATUSES.map((status) => (
              <Checkbox
                key={status}
                id={`filter-status-${status}`}
                label={t(`status.${status}`)}
                checked={params.getAll('status').includes(status)}
                onChange={(on) => toggle('status', status, on)}
              />
            ))}
            <div className="form-text">{t('inbox.statusHint')}</div>
          </fieldset>
          <div className="col-12 col-md-4 mb-3">
            <Checkbox
              id="filter-mine"
              label={t('inbox.mine')}
              checked={params.get('mine') === '1'}
              onChange={(on) => set({ mine: on ? '1' : null })}
            />
          </div>
          <div className="col-12 col-md-4 mb-3">
            <Checkbox
              id="filter-team-without-consent"
              label={t('inbox.teamWithoutConsent')}
              checked={params.get('teamWithoutConsent') === '1'}
              onChange={(on) => set({ teamWithoutConsent: on ? '1' : null })}
            />
          </div>
          <TextField
            className="col-6 col-md-4 mb-3"
            id="filter-min-age"
            type="number"
            label={t('inbox.minAgeDays')}
            value={params.get('minAgeDays') ?? ''}
            onChange={(value) => set({ minAgeDays: value || null })}
          />
          <TextField
            className="col-6 col-md-4 mb-3"
            id="filter-max-age"
            type="number"
            label={t('inbox.maxAgeDays')}
            value={params.get('maxAgeDays') ?? ''}
            onChange={(value) => set({ maxAgeDays: value || null })}
          />
        </div>
        <Button color="primary" outline size="sm" onClick={() => { setSearch(''); setParams(new URLSearchParams()); }}>
          {t('inbox.clearFilters')}
        </Button>
      </details>

      <div className="row align-items-end">
        <SelectField
          className="col-12 col-md-5 mb-3"
          id="inbox-sort"
          label={t('inbox.sort')}
          hint={t('inbox.sortHint')}
          value={sort}
          options={SORTS.map((value) => ({ value, label: t(`inbox.sortBy.${value}`) }))}
          onChange={(value) => set({ sort: value === 'urgency' ? null : value })}
        />
        <SelectField
          className="col-12 col-md-3 mb-3"
          id="inbox-size"
          label={t('inbox.pageSize')}
          value={String(query.size ?? 20)}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
          onChange={(value) => set({ size: value === '20' ? null : value })}
        />
      </div>

      <div aria-live="polite" className="visually-hidden">
        {inbox.isSuccess && !inbox.isFetching ? t('inbox.count', { count: page?.totalElements ?? 0 }) : ''}
      </div>
      {inbox.isPending && <Loading label={t('inbox.loading')} />}
      {inbox.isError && <ProblemAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.isFetching && !inbox.isPending && <ProgressBar label={t('inbox.loading')} />}
      {inbox.isSuccess && rows.length === 0 && <p className="py-4">{t('inbox.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-responsive" aria-busy={inbox.isFetching}>
          <table className="table table-hover casa-inbox">
            <caption>{t('inbox.caption', { count: page?.totalElements ?? rows.length, order: t(`inbox.captionOrder.${sort}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inbox.col.person')}</th>
                {district && <th scope="col">{t('inbox.col.municipality')}</th>}
                <th scope="col">{t('inbox.col.grade')}</th>
                <th scope="col">{t('inbox.col.status')}</th>
                <th scope="col">{t('inbox.col.situation')}</th>
                <th scope="col">{t('inbox.col.eviction')}</th>
                <th scope="col">{t('inbox.col.age')}</th>
                <th scope="col">{t('inbox.col.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.caseId}>
                  <th scope="row">
                    <Link to={`/casework/${entry.municipality}/cases/${entry.caseId}`}>{entry.referencePerson}</Link>
                    <div className="small text-muted">{t('inbox.members', { count: entry.householdSize })}</div>
                    {entry.teamActionsWithoutConsent && (
                      <Badge color="danger" className="mt-1 me-1">{t('inbox.teamWithoutConsentBadge')}</Badge>
                    )}
                    {entry.possibleDuplicates && entry.possibleDuplicates.length > 0 && (
                      <Badge color="warning" className="mt-1">
                        {t('inbox.duplicates', {
                          count: entry.possibleDuplicates.length,
                          names: entry.possibleDuplicates.map((d) => tenantName(me, d.municipality)).join(', '),
                        })}
                      </Badge>
                    )}
                  </th>
                  {district && <td>{entry.municipalityName}</td>}
                  <td><GradeBadge grade={entry.grade} /></td>
                  <td><StatusBadge status={entry.status} /></td>
                  <td>{t(`situation.${entry.housingSituation}`)}</td>
                  <td>
                    {entry.evictionDate ? format.date(entry.evictionDate) : '—'}
                    {entry.evictionPast && (
                      <div>
                        <Badge color={isOpen(entry.status) ? 'danger' : 'secondary'}>
                          {isOpen(entry.status) ? t('inbox.evictionPastOpen') : t('inbox.evictionPast')}
                        </Badge>
                      </div>
                    )}
                  </td>
                  <td>{t('inbox.days', { count: entry.ageDays })}</td>
                  <td>{entry.assignee ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.totalPages > 1 && (
        <nav aria-label={t('inbox.pagination')} className="d-flex align-items-center gap-3">
          <Button color="primary" outline size="sm" disabled={page.number <= 0}
            onClick={() => set({ page: String(page.number - 1) }, false)}>
            {t('inbox.previous')}
          </Button>
          <span aria-current="page">{t('inbox.pageOf', { page: page.number + 1, total: page.totalPages })}</span>
          <Button color="primary" outline size="sm" disabled={page.number + 1 >= page.totalPages}
            onClick={() => set({ page: String(page.number + 1) }, false)}>
            {t('inbox.next')}
          </Button>
        </nav>
      )}
    </>
  );
}

