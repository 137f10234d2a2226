import { Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type Me, rightsIn } from '../../../api/me';
import { Breadcrumb } from '../../../components/Breadcrumb';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordPlaceholder } from '../../../components/RecordPlaceholder';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { unwrap } from '../../../api/client';
import { useCase, useCaseMutation, useHousehold, type CaseView, type HouseholdView } from '../api';
import { GradeBadge, StatusBadge } from '../components/badges';
import { DirtyFormsGuard } from '../components/UnsavedChanges';
import { today, useFormat } from '../../../components/format';
import { ConsentSection, type ConsentIntent } from '../sections/ConsentSection';
import { GradeSection } from '../sections/GradeSection';
import { HouseholdEditor } from '../sections/HouseholdEditor';
import { InterviewsSection } from '../sections/InterviewsSection';
import { LifecycleSection } from '../sections/LifecycleSection';
import { NotesSection } from '../sections/NotesSection';
import { ProjectSection } from '../sections/ProjectSection';
import { TimelineSection } from '../sections/TimelineSection';
import { TriageSection } from '../sections/TriageSection';
import { useWording } from '../wording';
import { useCasePanels } from '../../../extensions/casePage';

/** A case: the household, the grade and why, the triage, the project, interviews, notes and the lifecycle. */
export function CasePage({ me }: { me: Me }) {
  const { t } = useTranslation('casework');
  const { municipality = '', caseId = '' } = useParams();
  const location = useLocation();
  const kase = useCase(municipality, caseId);
  const household = useHousehold(municipality, kase.data?.householdId);
  const reference = household.data?.members.find((member) => member.relationship === 'REFERENCE_PERSON');
  const title = reference
    ? t('case.title', { name: `${reference.givenName} ${reference.familyName}` })
    : t('case.titleLoading');
  useDocumentTitle(title);
  const [consentIntent, setConsentIntent] = useState<ConsentIntent | null>(null);
  const [filed, setFiled] = useState(Boolean((location.state as { filed?: boolean } | null)?.filed));
  useEffect(() => {
    if (!filed) return;
    const timer = window.setTimeout(() => setFiled(false), 15_000);
    return () => window.clearTimeout(timer);
  }, [filed]);

  const breadcrumb = <Breadcrumb parent={{ to: '/casework', label: t('inbox.title') }} current={title} />;

  if (kase.isPending || kase.isError) {
    return (
      <RecordPlaceholder
        query={kase}
        breadcrumb={breadcrumb}
        texts={{
          titleLoading: t('case.titleLoading'),
          loading: t('case.loading'),
          notFound: t('case.notFound'),
          notFoundText: t('case.notFoundText'),
        }}
        back={{ to: '/casework', label: t('case.backToInbox') }}
      />
    );
  }

  const view = kase.data;
  const rights = rightsIn(me, 'casework');
  const readOnly = view.status === 'CLOSED' || view.status === 'REJECTED';
  const sections = [
    ['household', t('case.household.title')],
    ...(rights.has('write') ? [['consent', t('consent.title')]] : []),
    ['grade', t('case.grade.title')],
    ...(rights.has('triage') && view.allowedStatuses.includes('TRIAGED') ? [['triage', t('triage.title')]] : []),
    ['project', t('project.title')],
    ['interviews', t('interview.title')],
    ['notes', t('notes.title')],
    ['timeline', t('timeline.title')],
    ['lifecycle', t('lifecycle.title')],
  ];

  return (
    <DirtyFormsGuard>
      {breadcrumb}
      <h1 tabIndex={-1}>{title}</h1>
      {filed && (
        <div className="alert alert-success" role="status">
          {t('request.filed')}
        </div>
      )}
      <CaseSummary view={view} me={me} municipality={municipality} caseId={caseId} />
      <ModulePanels view={view} me={me} municipality={municipality} />
      <nav aria-label={t('case.sections')} className="mb-4">
        <ul className="list-inline">
          {sections.map(([id, label]) => (
            <li key={id} className="list-inline-item">
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {readOnly && (
        <div className="alert alert-info" role="note">
          {t('case.readOnly', { status: t(`status.${view.status}`) })}
        </div>
      )}
      <HouseholdSection
        household={household}
        municipality={municipality}
        caseId={caseId}
        editable={rights.has('write') && !readOnly}
      />
      {rights.has('write') && (
        <ConsentSection view={view} municipality={municipality} editable intent={consentIntent}
          onIntent={setConsentIntent} />
      )}
      <GradeSection view={view} />
      {rights.has('triage') && view.allowedStatuses.includes('TRIAGED') && household.isSuccess && (
        // Mounted once the household is known: a first triage starts from what the request and the household state.
        <TriageSection view={view} household={household.data} municipality={municipality} />
      )}
      <ProjectSection view={view} me={me} municipality={municipality}
        onRecordConsent={(scope) => setConsentIntent({ kind: 'record', scopes: [scope] })} />
      <InterviewsSection view={view} me={me} municipality={municipality} />
      <NotesSection view={view} me={me} municipality={municipality} />
      <TimelineSection view={view} municipality={municipality} />
      <LifecycleSection view={view} me={me} municipality={municipality} />
    </DirtyFormsGuard>
  );
}

/** The other modules' panels for this household (docs/adr/0016): each renders its own state, or nothing. */
function ModulePanels({ view, me, municipality }: { view: CaseView; me: Me; municipality: string }) {
  const panels = useCasePanels();
  return (
    <>
      {panels.map(({ id, Panel }) => (
        <Panel key={id} me={me} municipality={municipality} caseId={view.id} householdId={view.householdId}
          origin={view.origin} />
      ))}
    </>
  );
}

function CaseSummary({ view, me, municipality, caseId }: { view: CaseView; me: Me; municipality: string; caseId: string }) {
  const { t } = useTranslation('casework');
  const word = useWording();
  const format = useFormat();
  const rights = rightsIn(me, 'casework');
  const takeOver = useCaseMutation(municipality, caseId, (api, version: number) =>
    unwrap(
      api.PUT('/api/casework/cases/{caseId}/assignee', {
        params: { path: { caseId } },
        body: { version, operatorUserId: me.userId, operatorName: me.displayName },
      }),
    ),
  );
  const municipalityName = me.tenants.find((option) => option.id === view.municipality)?.name ?? view.municipality;
  const item = (label: string, value: React.ReactNode) => (
    <div className="col-12 col-sm-6 col-lg-4 mb-2">
      <dt className="small text-muted fw-normal">{label}</dt>
      <dd className="mb-0 fw-semibold">{value}</dd>
    </div>
  );
  return (
    <section aria-label={t('case.summary')} className="casa-summary border rounded p-3 mb-4">
      <dl className="row mb-0">
        {item(t('case.status'), <StatusBadge status={view.status} />)}
        {item(t('case.gradeLabel'), <GradeBadge grade={view.grade} />)}
        {item(t('case.municipality'), municipalityName)}
        {item(t('case.requestedOn'), format.date(view.requestedOn))}
        {item(t('case.filedBy'), `${view.filedByUser.displayName} (${t(`organisation.${view.filedBy}`)})`)}
        {item(t('case.situation'), t(`situation.${view.housingSituation}`))}
        {view.hearingDate && item(t('case.hearingDate'), format.date(view.hearingDate))}
        {view.evictionDate && item(t('case.evictionDate'), <>
          {format.date(view.evictionDate)}
          {view.evictionDate < today() && <> <span className="badge bg-danger">{t('case.evictionPast')}</span></>}
        </>)}
        {view.housingSituationDescription && item(t('case.situationDescription'), view.housingSituationDescription)}
        {view.housingSituationWording && item(t('case.situationDescription'), word(view.housingSituationWording))}
        {item(t('case.composition'), t(`composition.${view.composition}`))}
        {item(t('case.assignee'), view.assignee?.displayName ?? t('case.noAssignee'))}
        {view.origin?.module === 'emergency' &&
          item(t('case.origin'), <Link to={`/emergency/${municipality}/emergencies/${view.origin.reference}`}>{t('case.fromEmergency')}</Link>)}
      </dl>
      {(view.urgencyFacts || view.urgencyFactsWording) && (
        <div className="mt-2">
          <h2 className="h6 mb-1">{t('case.urgencyFacts')}</h2>
          <p className="mb-0 casa-pre">{view.urgencyFacts ?? (view.urgencyFactsWording && word(view.urgencyFactsWording))}</p>
        </div>
      )}
      {rights.has('triage') && view.assignee?.userId !== me.userId && view.status !== 'CLOSED' && view.status !== 'REJECTED' && (
        <div className="mt-3">
          <Button color="primary" outline size="sm" disabled={takeOver.isPending} onClick={() => takeOver.mutate(view.version)}>
            {takeOver.isPending ? t('form.saving') : t('case.takeOver')}
          </Button>
          {takeOver.isError && <ProblemAlert error={takeOver.error} />}
        </div>
      )}
    </section>
  );
}

function HouseholdSection({
  household,
  municipality,
  caseId,
  editable,
}: {
  household: ReturnType<typeof useHousehold>;
  municipality: string;
  caseId: string;
  editable: boolean;
}) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  return (
    <section id="household" aria-labelledby="household-title" className="mb-5">
      <h2 id="household-title" className="h3">
        {t('case.household.title')}
      </h2>
      {household.isPending && <Loading label={t('case.household.loading')} />}
      {household.isError && <ProblemAlert error={household.error} onRetry={() => void household.refetch()} headingLevel={3} />}
      {household.isSuccess && !editing && (
        <>
          <HouseholdDetails household={household.data} date={format.date} />
          {editable && (
            <Button color="primary" outline onClick={() => setEditing(true)}>
              {t('case.household.edit')}
            </Button>
          )}
        </>
      )}
      {household.isSuccess && editing && (
        <HouseholdEditor
          household={household.data}
          municipality={municipality}
          caseId={caseId}
          onDone={() => setEditing(false)}
        />
      )}
    </section>
  );
}

function HouseholdDetails({ household, date }: { household: HouseholdView; date: (iso: string) => string }) {
  const { t } = useTranslation('casework');
  return (
    <>
      <p>
        {t(`composition.${household.composition}`)}
        {household.fragileMembers && <> · <strong>{t('case.household.fragile')}</strong></>}
      </p>
      <div className="table-responsive">
        <table className="table">
          <caption className="visually-hidden">{t('case.household.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('member.name')}</th>
              <th scope="col">{t('member.relationship')}</th>
              <th scope="col">{t('member.birthDate')}</th>
              <th scope="col">{t('member.fiscalCode')}</th>
              <th scope="col">{t('member.citizenship')}</th>
              <th scope="col">{t('member.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((member, index) => (
              <tr key={index}>
                <th scope="row">
                  {member.givenName} {member.familyName}
                </th>
                <td>{t(`relationship.${member.relationship}`)}</td>
                <td>
                  {date(member.birthDate)} ({t('member.age', { count: member.age })})
                </td>
                <td className="font-monospace">{member.fiscalCode ?? '—'}</td>
                <td>{member.citizenship ?? '—'}</td>
                <td>
                  {[
                    member.disabled ? t('member.disabled') : null,
                    member.residencePermitExpiry ? t('member.permitUntil', { date: date(member.residencePermitExpiry) }) : null,
                    member.incomeBand ? t(`incomeBand.${member.incomeBand}`) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(household.contacts.length > 0 || household.addresses.length > 0) && (
        <ul className="list-unstyled">
          {household.contacts.map((contact, index) => (
            <li key={`c${index}`}>
              {t(`contact.${contact.kind}`)}: {contact.value}
            </li>
          ))}
          {household.addresses.map((address, index) => (
            <li key={`a${index}`}>
              {t(`address.${address.kind}`)}: {address.street}, {address.postalCode} {address.town}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
