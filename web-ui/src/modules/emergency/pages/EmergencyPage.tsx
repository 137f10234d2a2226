import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { type Me, rightsIn } from '../../../api/me';
import { Breadcrumb } from '../../../components/Breadcrumb';
import { RecordPlaceholder } from '../../../components/RecordPlaceholder';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useEmergency } from '../api';
import { ClosureSection } from '../sections/ClosureSection';
import { FollowUpSection } from '../sections/FollowUpSection';
import { IntakeSection } from '../sections/IntakeSection';
import { PeopleSection } from '../sections/PeopleSection';
import { Summary } from '../sections/Summary';
import { TonightSection } from '../sections/TonightSection';

/** An emergency: what happened, the checklist, tonight's placement, the people, and the closure with hand-over. */
export function EmergencyPage({ me }: { me: Me }) {
  const { t } = useTranslation('emergency');
  const { municipality = '', emergencyId = '' } = useParams();
  const location = useLocation();
  const emergency = useEmergency(municipality, emergencyId);
  const title = emergency.data
    ? t('detail.title', { problem: t(`problemType.${emergency.data.problem.type}`) })
    : t('detail.titleLoading');
  useDocumentTitle(title);
  const reported = Boolean((location.state as { reported?: boolean } | null)?.reported);

  const breadcrumb = <Breadcrumb parent={{ to: '/emergency', label: t('list.title') }} current={title} />;
  if (emergency.isPending || emergency.isError) {
    return (
      <RecordPlaceholder
        query={emergency}
        breadcrumb={breadcrumb}
        texts={{
          titleLoading: t('detail.titleLoading'),
          loading: t('detail.loading'),
          notFound: t('detail.notFound'),
          notFoundText: t('detail.notFoundText'),
        }}
        back={{ to: '/emergency', label: t('detail.backToList') }}
      />
    );
  }

  const view = emergency.data;
  const open = view.status === 'OPEN' && rightsIn(me, 'emergency').has('work');
  return (
    <>
      {breadcrumb}
      <h1 tabIndex={-1}>{title}</h1>
      {reported && (
        <div className="alert alert-success" role="status">
          {t('detail.reported')}
        </div>
      )}
      <Summary view={view} me={me} />
      <nav aria-label={t('detail.sections')} className="mb-4">
        <ul className="list-inline">
          {[
            ['followUp', t('followUp.title')],
            ['tonight', t('tonight.title')],
            ['people', t('people.title')],
            ...(open ? [['intake', t('intake.correctTitle')]] : []),
            ['closure', t('closure.title')],
          ].map(([id, label]) => (
            <li key={id} className="list-inline-item">
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <FollowUpSection view={view} municipality={municipality} open={open} />
      <TonightSection key={`tonight-${view.version}`} view={view} municipality={municipality} open={open} />
      <PeopleSection key={`people-${view.version}`} view={view} municipality={municipality} open={open} />
      <IntakeSection key={`intake-${view.version}`} view={view} municipality={municipality} open={open} />
      <ClosureSection key={`closure-${view.version}`} view={view} municipality={municipality} open={open} />
    </>
  );
}
