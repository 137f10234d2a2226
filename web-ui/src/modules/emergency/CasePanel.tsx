import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/format';
import type { CasePanelProps } from '../../extensions/casePage';
import { useEmergency } from './api';
import { StatusText } from './pages/ListPage';

/**
 * Emergency's panel on a household's case page (docs/adr/0016): for a case opened by an emergency handed over, the
 * emergency at a glance (the call, the problem, where the household slept) with the way back to it. Read from
 * emergency's own API, in the case's municipality; nothing for the other cases.
 */
export default function EmergencyCasePanel({ municipality, origin }: CasePanelProps) {
  if (origin?.module !== 'emergency') return null;
  return <EmergencyOrigin municipality={municipality} id={origin.reference} />;
}

function EmergencyOrigin({ municipality, id }: { municipality: string; id: string }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const emergency = useEmergency(municipality, id);
  const view = emergency.data;
  return (
    <section aria-labelledby="emergency-panel-title" className="border rounded p-3 mb-4">
      <h2 id="emergency-panel-title" className="h5">
        {t('casePanel.title')}
      </h2>
      <p className="small">{t('casePanel.text')}</p>
      {emergency.isPending && <Loading label={t('casePanel.loading')} />}
      {emergency.isError && <ProblemAlert error={emergency.error} onRetry={() => void emergency.refetch()} headingLevel={3} />}
      {view && (
        <dl className="row mb-2">
          <div className="col-12 col-sm-6 col-lg-3 mb-2">
            <dt className="small text-muted fw-normal">{t('detail.calledAt')}</dt>
            <dd className="mb-0 fw-semibold">{format.dateTime(view.calledAt)}</dd>
          </div>
          <div className="col-12 col-sm-6 col-lg-3 mb-2">
            <dt className="small text-muted fw-normal">{t('intake.problem')}</dt>
            <dd className="mb-0 fw-semibold">{t(`problemType.${view.problem.type}`)}</dd>
          </div>
          <div className="col-12 col-sm-6 col-lg-3 mb-2">
            <dt className="small text-muted fw-normal">{t('tonight.title')}</dt>
            <dd className="mb-0 fw-semibold">
              {view.currentMeasure ? t(`measureKind.${view.currentMeasure.kind}`) : t('tonight.none')}
            </dd>
          </div>
          <div className="col-12 col-sm-6 col-lg-3 mb-2">
            <dt className="small text-muted fw-normal">{t('detail.status')}</dt>
            <dd className="mb-0 fw-semibold">
              <StatusText status={view.status} handedOver={view.closure?.handedOver ?? false} />
            </dd>
          </div>
        </dl>
      )}
      <Link to={`/emergency/${municipality}/emergencies/${id}`}>{t('casePanel.open')}</Link>
    </section>
  );
}
