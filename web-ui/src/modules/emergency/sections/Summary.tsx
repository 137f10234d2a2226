import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/me';
import { useFormat } from '../../../components/format';
import type { EmergencyView } from '../api';
import { StatusText } from '../pages/ListPage';

/** The emergency at a glance: status, municipality, call, who reported what, people, tonight's measure. */
export function Summary({ view, me }: { view: EmergencyView; me: Me }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const item = (label: string, value: ReactNode) => (
    <div className="col-12 col-sm-6 col-lg-4 mb-2">
      <dt className="small text-muted fw-normal">{label}</dt>
      <dd className="mb-0 fw-semibold">{value}</dd>
    </div>
  );
  const entity = `${t(`reportingEntityKind.${view.reportingEntity.kind}`)}${view.reportingEntity.name ? ` ${view.reportingEntity.name}` : ''}`;
  return (
    <section aria-label={t('detail.summary')} className="border rounded p-3 mb-4">
      <dl className="row mb-0">
        {item(t('detail.status'), <StatusText status={view.status} handedOver={view.closure?.handedOver ?? false} />)}
        {item(t('detail.municipality'), me.tenants.find((option) => option.id === view.municipality)?.name ?? view.municipality)}
        {item(t('detail.calledAt'), format.dateTime(view.calledAt))}
        {item(t('intake.reportingEntity'), entity)}
        {item(t('intake.problem'), view.problem.description ? `${t(`problemType.${view.problem.type}`)}: ${view.problem.description}` : t(`problemType.${view.problem.type}`))}
        {item(t('intake.place'), view.place ?? '—')}
        {item(
          t('intake.peopleLegend'),
          `${t('list.people', { count: view.people.count })}${view.people.minors > 0 ? `, ${t('list.minors', { count: view.people.minors })}` : ''}${view.people.fragileMembers ? `, ${t('detail.fragile')}` : ''}`,
        )}
        {item(t('tonight.title'), view.currentMeasure ? t(`measureKind.${view.currentMeasure.kind}`) : t('tonight.none'))}
        {item(t('detail.reportedBy'), view.reportedBy.displayName)}
      </dl>
      {view.overdue && (
        <p className="alert alert-danger mt-3 mb-0" role="note">
          {t('followUp.overdueNote')}
        </p>
      )}
    </section>
  );
}