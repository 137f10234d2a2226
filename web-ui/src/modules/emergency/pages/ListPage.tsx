import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, rightsIn } from '../../../api/me';
import { tenantName } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useTenant } from '../../../tenant/TenantContext';
import { useEmergencies, type EmergencyQuery, type EmergencySummary } from '../api';
import { Checkbox, SelectField } from '../components/fields';
import { useFormat } from '../../../components/format';

const STATUS_FILTERS = ['OPEN', 'CLOSED', 'ALL'] as const;

/** The emergencies of the municipality, or of the whole district for agency staff with none chosen; open first. */
export function ListPage({ me }: { me: Me }) {
  const { t } = useTranslation('emergency');
  const { tenant } = useTenant();
  useDocumentTitle(t('list.title'));
  const [status, setStatus] = useState<(typeof STATUS_FILTERS)[number]>('OPEN');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(0);
  const municipality = me.boundTenant ?? tenant;
  const query: EmergencyQuery = { ...(status === 'ALL' ? {} : { status: [status] }), overdue, page, size: 20 };
  const list = useEmergencies(query);
  const rights = rightsIn(me, 'emergency');
  const district = !municipality;

  return (
    <>
      <h1 tabIndex={-1}>{t('list.title')}</h1>
      <p className="lead">
        {district ? t('list.district') : t('list.municipality', { name: tenantName(me, municipality) })}
      </p>
      {rights.has('work') && (
        <p>
          <Link to="/emergency/new" className="btn btn-primary btn-lg" style={{ minHeight: '3rem' }}>
            {t('list.new')}
          </Link>
        </p>
      )}
      <form className="d-flex flex-wrap gap-3 align-items-end mb-3" onSubmit={(event) => event.preventDefault()}
        aria-label={t('list.filters')}>
        <SelectField id="status-filter" className="mb-0" label={t('list.status')} value={status}
          options={STATUS_FILTERS.map((value) => ({ value, label: t(`list.statusFilter.${value}`) }))}
          onChange={(value) => {
            setStatus(value as (typeof STATUS_FILTERS)[number]);
            setPage(0);
          }} />
        <Checkbox id="overdue-filter" label={t('list.overdueOnly')} checked={overdue} onChange={(value) => {
          setOverdue(value);
          setPage(0);
        }} />
      </form>
      {list.isPending && <Loading label={t('list.loading')} />}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && (list.data.content ?? []).length === 0 && <p>{t('list.empty')}</p>}
      {list.isSuccess && (list.data.content ?? []).length > 0 && (
        <ul className="list-unstyled" aria-label={t('list.caption')}>
          {(list.data.content ?? []).map((emergency) => (
            <EmergencyCard key={emergency.id} emergency={emergency} showMunicipality={district} />
          ))}
        </ul>
      )}
      {list.isSuccess && (list.data.page?.totalPages ?? 1) > 1 && (
        <nav aria-label={t('list.pages')} className="d-flex gap-2">
          <button type="button" className="btn btn-outline-primary" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('list.previous')}
          </button>
          <span className="align-self-center">
            {t('list.page', { page: page + 1, pages: list.data.page?.totalPages ?? 1 })}
          </span>
          <button type="button" className="btn btn-outline-primary" disabled={page + 1 >= (list.data.page?.totalPages ?? 1)}
            onClick={() => setPage(page + 1)}>
            {t('list.next')}
          </button>
        </nav>
      )}
    </>
  );
}

function EmergencyCard({ emergency, showMunicipality }: { emergency: EmergencySummary; showMunicipality: boolean }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const title = `${t(`problemType.${emergency.problemType}`)}${emergency.place ? ` – ${emergency.place}` : ''}`;
  return (
    <li className="border rounded p-3 mb-2">
      <h2 className="h5 mb-1">
        <Link to={`/emergency/${emergency.municipality}/emergencies/${emergency.id}`}>{title}</Link>
      </h2>
      <p className="mb-1">
        {showMunicipality && <strong>{emergency.municipalityName} · </strong>}
        {t('list.calledAt', { time: format.dateTime(emergency.calledAt) })} ·{' '}
        {t(`reportingEntityKind.${emergency.reportingEntityKind}`)}
        {emergency.reportingEntityName ? ` ${emergency.reportingEntityName}` : ''} ·{' '}
        {t('list.people', { count: emergency.peopleInvolved })}
        {emergency.minors > 0 && ` (${t('list.minors', { count: emergency.minors })})`}
      </p>
      <p className="mb-0">
        <StatusText status={emergency.status} handedOver={emergency.handedOver} />
        {emergency.measureKind && (
          <> · {t('list.sleeps', { place: t(`measureKind.${emergency.measureKind}`) })}</>
        )}
        {emergency.overdue && (
          <>
            {' '}
            · <span className="badge bg-danger">{t('followUp.overdue')}</span>
          </>
        )}
      </p>
    </li>
  );
}

export function StatusText({ status, handedOver }: { status: string; handedOver: boolean }) {
  const { t } = useTranslation('emergency');
  if (status === 'OPEN') return <span>{t('status.OPEN')}</span>;
  return <span>{handedOver ? t('status.HANDED_OVER') : t('status.CLOSED')}</span>;
}
