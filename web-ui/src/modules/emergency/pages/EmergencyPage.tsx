import { Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { unwrap } from '../../../api/client';
import type { Me } from '../../../api/me';
import { isApiError, type ApiError } from '../../../api/problem';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import {
  useCaseOfEmergency,
  useEmergency,
  useEmergencyMutation,
  useOffers,
  type EmergencyView,
  type FollowUpItem,
  type PersonRequest,
} from '../api';
import { Checkbox, Choices, ErrorSummary, SelectField, Stepper, SubmitButton, TextArea, TextField } from '../components/fields';
import { today, useFormat } from '../format';
import {
  HOUSEHOLD_ROLES,
  MAX_PEOPLE,
  MEASURE_KINDS,
  NAMEABLE_KINDS,
  PROBLEM_TYPES,
  REPORTING_ENTITY_KINDS,
  SEXES,
} from '../options';
import { fieldErrorsOf, isStaleEdit, missingForHandOver } from '../problems';
import { emergencyRights } from '../roles';
import { StatusText } from './ListPage';

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

  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="breadcrumb-container">
      <ol className="breadcrumb">
        <li className="breadcrumb-item">
          <Link to="/emergency">{t('list.title')}</Link>
          <span className="separator" aria-hidden="true">/</span>
        </li>
        <li className="breadcrumb-item active" aria-current="page">
          {title}
        </li>
      </ol>
    </nav>
  );
  if (emergency.isPending) {
    return (
      <>
        <h1 tabIndex={-1}>{t('detail.titleLoading')}</h1>
        <Loading label={t('detail.loading')} />
      </>
    );
  }
  if (emergency.isError) {
    const missing = isApiError(emergency.error) && (emergency.error.status === 404 || emergency.error.status === 403);
    return (
      <>
        {breadcrumb}
        <h1 tabIndex={-1}>{missing ? t('detail.notFound') : t('detail.titleLoading')}</h1>
        {missing ? <p>{t('detail.notFoundText')}</p> : <ProblemAlert error={emergency.error} onRetry={() => void emergency.refetch()} />}
        <Link to="/emergency">{t('detail.backToList')}</Link>
      </>
    );
  }

  const view = emergency.data;
  const open = view.status === 'OPEN' && emergencyRights(me).write;
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

function Summary({ view, me }: { view: EmergencyView; me: Me }) {
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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h3">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A failed save: a stale version asks to reload (nothing was saved), anything else is shown as it is. */
function SaveProblem({ error, onReload }: { error: ApiError | null; onReload: () => void }) {
  const { t } = useTranslation('emergency');
  if (!error) return null;
  if (isStaleEdit(error)) {
    return (
      <div className="alert alert-warning" role="alert">
        <p>{t('conflict.text')}</p>
        <Button color="primary" outline size="sm" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </div>
    );
  }
  if (isApiError(error) && error.status === 400) return null;
  return <ProblemAlert error={error} />;
}

function useReload(municipality: string, id: string) {
  const emergency = useEmergency(municipality, id);
  return () => void emergency.refetch();
}

function FollowUpSection({ view, municipality, open }: { view: EmergencyView; municipality: string; open: boolean }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const mark = useEmergencyMutation(municipality, view.id, (api, input: { item: FollowUpItem['kind']; done: boolean }) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/follow-up/{item}', {
        params: { path: { emergencyId: view.id, item: input.item } },
        body: { version: view.version, done: input.done },
      }),
    ),
  );
  return (
    <Section id="followUp" title={t('followUp.title')}>
      <SaveProblem error={mark.error} onReload={reload} />
      <ul className="list-unstyled">
        {view.followUp.map((item) => (
          <li key={item.kind} id={`followUp-${item.kind}`}
            className={`border rounded p-3 mb-2 d-flex flex-wrap gap-3 align-items-center justify-content-between${item.overdue ? ' border-danger' : ''}`}>
            <div>
              <strong>{t(`followUp.${item.kind}`)}</strong>
              <br />
              {item.doneAt ? (
                <span>{t('followUp.doneAt', { time: format.dateTime(item.doneAt), name: item.doneBy?.displayName ?? '' })}</span>
              ) : (
                <span>
                  {t('followUp.dueAt', { time: format.dateTime(item.dueAt) })}
                  {item.overdue && (
                    <>
                      {' '}
                      <span className="badge bg-danger">{t('followUp.overdue')}</span>
                    </>
                  )}
                </span>
              )}
              {item.note && <span className="d-block small">{item.note}</span>}
            </div>
            {open && (
              <Button color="primary" outline={Boolean(item.doneAt)} style={{ minHeight: '3rem' }} disabled={mark.isPending}
                onClick={() => mark.mutate({ item: item.kind, done: !item.doneAt })}>
                {item.doneAt ? t('followUp.undo') : t('followUp.markDone')}
                <span className="visually-hidden">: {t(`followUp.${item.kind}`)}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function TonightSection({ view, municipality, open }: { view: EmergencyView; municipality: string; open: boolean }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const offers = useOffers(municipality, open);
  const [form, setForm] = useState({ kind: '', placeName: '', arrangedBy: '', cost: '', until: '', offerReference: '' });
  const [attempted, setAttempted] = useState(false);
  const save = useEmergencyMutation(municipality, view.id, (api, body: typeof form) =>
    unwrap(
      api.POST('/api/emergency/emergencies/{emergencyId}/measures', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          kind: body.kind as (typeof MEASURE_KINDS)[number],
          ...(body.placeName.trim() ? { placeName: body.placeName.trim() } : {}),
          ...(body.arrangedBy.trim() ? { arrangedBy: body.arrangedBy.trim() } : {}),
          ...(body.cost.trim() ? { cost: Number(body.cost.replace(',', '.')) } : {}),
          ...(body.until ? { until: body.until } : {}),
          ...(body.offerReference ? { offerReference: body.offerReference } : {}),
        },
      }),
    ),
  );
  const serverErrors = fieldErrorsOf(save.error, t);
  const errors: Record<string, string> = { ...serverErrors };
  if (attempted && !form.kind) errors.kind = t('rules.NotNull');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (form.kind) save.mutate(form);
  };
  const current = view.currentMeasure;
  return (
    <Section id="tonight" title={t('tonight.title')}>
      {current ? (
        <p>
          <strong>{t(`measureKind.${current.kind}`)}</strong>
          {current.placeName && ` – ${current.placeName}`}
          {current.until && `, ${t('tonight.until', { date: format.date(current.until) })}`}
          {current.arrangedBy && `. ${t('tonight.arrangedBy', { by: current.arrangedBy })}`}
          {current.cost != null && `. ${t('tonight.cost', { cost: current.cost.toLocaleString('it-IT', { style: 'currency', currency: 'EUR' }) })}`}
        </p>
      ) : (
        <p>{t('tonight.none')}</p>
      )}
      {open && (
        <>
          <h3 className="h5">{t('tonight.offers')}</h3>
          {offers.isSuccess && offers.data.length === 0 && <p>{t('tonight.noOffers')}</p>}
          {offers.isSuccess && offers.data.length > 0 && (
            <ul>
              {offers.data.map((offer) => (
                <li key={offer.reference}>
                  {offer.description} ({t('tonight.places', { count: offer.places })}){' '}
                  <Button color="primary" outline size="sm" onClick={() => setForm({ ...form, kind: offer.kind, placeName: offer.description, offerReference: offer.reference })}>
                    {t('tonight.useOffer')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form noValidate onSubmit={submit} style={{ maxWidth: '40rem' }}>
            <ErrorSummary errors={attempted ? errors : serverErrors} labels={{ kind: t('tonight.kind'), until: t('tonight.untilLabel'), cost: t('tonight.costLabel') }} />
            <Choices name="kind" legend={t('tonight.kind')} required value={form.kind} error={errors.kind}
              options={MEASURE_KINDS.map((value) => ({ value, label: t(`measureKind.${value}`) }))}
              onChange={(kind) => setForm({ ...form, kind })} />
            <TextField id="measure-placeName" label={t('tonight.placeName')} value={form.placeName} maxLength={200}
              onChange={(placeName) => setForm({ ...form, placeName })} />
            <TextField id="measure-arrangedBy" label={t('tonight.arrangedByLabel')} value={form.arrangedBy} maxLength={200}
              onChange={(arrangedBy) => setForm({ ...form, arrangedBy })} />
            <div className="d-flex flex-wrap gap-3">
              <TextField id="cost" label={t('tonight.costLabel')} value={form.cost} inputMode="decimal" error={errors.cost}
                onChange={(cost) => setForm({ ...form, cost })} />
              <TextField id="until" type="date" label={t('tonight.untilLabel')} value={form.until} error={errors.until}
                onChange={(until) => setForm({ ...form, until })} />
            </div>
            <SaveProblem error={save.error} onReload={reload} />
            <SubmitButton pending={save.isPending}>{t('tonight.submit')}</SubmitButton>
          </form>
        </>
      )}
    </Section>
  );
}

interface PersonForm {
  key: string;
  givenName: string;
  familyName: string;
  fiscalCode: string;
  birthDate: string;
  sex: string;
  role: string;
}

function PeopleSection({ view, municipality, open }: { view: EmergencyView; municipality: string; open: boolean }) {
  const { t } = useTranslation('emergency');
  const reload = useReload(municipality, view.id);
  const [count, setCount] = useState(view.people.count);
  const [minors, setMinors] = useState(view.people.minors);
  const [fragile, setFragile] = useState(view.people.fragileMembers);
  const [phone, setPhone] = useState(view.people.contactPhone ?? '');
  const [persons, setPersons] = useState<PersonForm[]>(() =>
    view.people.persons.map((person, index) => ({
      key: `p${index}`,
      givenName: person.givenName ?? '',
      familyName: person.familyName ?? '',
      fiscalCode: person.fiscalCode ?? '',
      birthDate: person.birthDate ?? '',
      sex: person.sex ?? '',
      role: person.role ?? '',
    })),
  );
  const save = useEmergencyMutation(municipality, view.id, (api, _: void) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/people', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          count,
          minors,
          fragileMembers: fragile,
          ...(phone.trim() ? { contactPhone: phone.trim() } : {}),
          persons: persons.map((person): PersonRequest => ({
            ...(person.givenName.trim() ? { givenName: person.givenName.trim() } : {}),
            ...(person.familyName.trim() ? { familyName: person.familyName.trim() } : {}),
            ...(person.fiscalCode.trim() ? { fiscalCode: person.fiscalCode.trim() } : {}),
            ...(person.birthDate ? { birthDate: person.birthDate } : {}),
            ...(person.sex ? { sex: person.sex as PersonRequest['sex'] } : {}),
            ...(person.role ? { role: person.role as PersonRequest['role'] } : {}),
          })),
        },
      }),
    ),
  );
  // The server names fields from the body's root (persons[0].fiscalCode); the ids here start with people-.
  const errors = Object.fromEntries(Object.entries(fieldErrorsOf(save.error, t)).map(([field, message]) => [`people.${field}`, message]));
  const update = (index: number, change: Partial<PersonForm>) =>
    setPersons(persons.map((person, i) => (i === index ? { ...person, ...change } : person)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  if (!open) {
    return (
      <Section id="people" title={t('people.title')}>
        <PeopleList view={view} />
      </Section>
    );
  }
  return (
    <Section id="people" title={t('people.title')}>
      <p>{t('people.lead')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={{}} />
        <div className="d-flex flex-wrap gap-4">
          <Stepper id="people-count" label={t('intake.people')} required value={count} min={1} max={MAX_PEOPLE} error={errors['people.count']}
            lessLabel={t('intake.fewerPeople')} moreLabel={t('intake.morePeople')} onChange={setCount} />
          <Stepper id="people-minors" label={t('intake.minors')} value={minors} min={0} max={MAX_PEOPLE} error={errors['people.minors']}
            lessLabel={t('intake.fewerMinors')} moreLabel={t('intake.moreMinors')} onChange={setMinors} />
        </div>
        <Checkbox id="people-fragile" label={t('intake.fragile')} checked={fragile} onChange={setFragile} />
        <TextField id="people-contactPhone" type="tel" inputMode="tel" label={t('people.phone')} value={phone}
          error={errors['people.contactPhone']} onChange={setPhone} />
        {errors['people.persons'] && <div className="alert alert-danger py-2">{errors['people.persons']}</div>}
        {persons.map((person, index) => {
          const id = (field: string) => `people-persons-${index}-${field}`;
          const error = (field: string) => errors[`people.persons[${index}].${field}`];
          return (
            <fieldset key={person.key} className="border rounded p-3 mb-3">
              <legend className="h6 float-none w-auto px-1">{t('people.person', { n: index + 1 })}</legend>
              <div className="row">
                <TextField className="col-12 col-md-6 mb-3" id={id('givenName')} label={t('person.givenName')} value={person.givenName}
                  maxLength={100} autoComplete="off" error={error('givenName')} onChange={(givenName) => update(index, { givenName })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('familyName')} label={t('person.familyName')} value={person.familyName}
                  maxLength={100} error={error('familyName')} onChange={(familyName) => update(index, { familyName })} />
                <SelectField className="col-12 col-md-6 mb-3" id={id('role')} label={t('person.role')} value={person.role}
                  placeholder={t('form.notKnown')} options={options(HOUSEHOLD_ROLES, 'role')} onChange={(role) => update(index, { role })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('birthDate')} type="date" label={t('person.birthDate')}
                  value={person.birthDate} error={error('birthDate')} onChange={(birthDate) => update(index, { birthDate })} />
                <SelectField className="col-12 col-md-6 mb-3" id={id('sex')} label={t('person.sex')} value={person.sex}
                  placeholder={t('form.notKnown')} options={options(SEXES, 'sex')} onChange={(sex) => update(index, { sex })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('fiscalCode')} label={t('person.fiscalCode')} value={person.fiscalCode}
                  maxLength={20} error={error('fiscalCode')} onChange={(fiscalCode) => update(index, { fiscalCode })} />
              </div>
              <Button color="danger" outline size="sm" type="button" onClick={() => setPersons(persons.filter((_, i) => i !== index))}>
                {t('people.remove', { n: index + 1 })}
              </Button>
            </fieldset>
          );
        })}
        {persons.length < count && (
          <p>
            <Button color="primary" outline type="button" style={{ minHeight: '3rem' }}
              onClick={() => setPersons([...persons, { key: `n${Date.now()}`, givenName: '', familyName: '', fiscalCode: '', birthDate: '', sex: '', role: persons.length === 0 ? 'REFERENCE_PERSON' : '' }])}>
              {t('people.add')}
            </Button>
          </p>
        )}
        <SaveProblem error={save.error} onReload={reload} />
        <SubmitButton pending={save.isPending}>{t('people.submit')}</SubmitButton>
      </form>
    </Section>
  );
}

function PeopleList({ view }: { view: EmergencyView }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  if (view.people.persons.length === 0) return <p>{t('people.noneNamed')}</p>;
  return (
    <ul>
      {view.people.persons.map((person, index) => (
        <li key={index}>
          {[person.givenName, person.familyName].filter(Boolean).join(' ') || t('people.person', { n: index + 1 })}
          {person.role && ` – ${t(`role.${person.role}`)}`}
          {person.birthDate && `, ${format.date(person.birthDate)}`}
        </li>
      ))}
    </ul>
  );
}

function IntakeSection({ view, municipality, open }: { view: EmergencyView; municipality: string; open: boolean }) {
  const { t } = useTranslation('emergency');
  const reload = useReload(municipality, view.id);
  const [kind, setKind] = useState<string>(view.reportingEntity.kind);
  const [name, setName] = useState(view.reportingEntity.name ?? '');
  const [problem, setProblem] = useState<string>(view.problem.type);
  const [description, setDescription] = useState(view.problem.description ?? '');
  const [place, setPlace] = useState(view.place ?? '');
  const save = useEmergencyMutation(municipality, view.id, (api, _: void) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/intake', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          reportingEntity: {
            kind: kind as (typeof REPORTING_ENTITY_KINDS)[number],
            ...(NAMEABLE_KINDS.includes(kind) && name.trim() ? { name: name.trim() } : {}),
          },
          problem: { type: problem as (typeof PROBLEM_TYPES)[number], ...(description.trim() ? { description: description.trim() } : {}) },
          ...(place.trim() ? { place: place.trim() } : {}),
        },
      }),
    ),
  );
  if (!open) return null;
  const errors = fieldErrorsOf(save.error, t);
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <Section id="intake" title={t('intake.correctTitle')}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); save.mutate(); }} style={{ maxWidth: '40rem' }}>
        <ErrorSummary errors={errors} labels={{}} />
        <Choices name="correction.kind" legend={t('intake.reportingEntity')} required value={kind}
          options={options(REPORTING_ENTITY_KINDS, 'reportingEntityKind')} onChange={setKind} />
        {NAMEABLE_KINDS.includes(kind) && (
          <TextField id="correction-name" label={t('intake.reportingEntityName')} value={name} maxLength={100}
            error={errors['reportingEntity.name']} onChange={setName} />
        )}
        <Choices name="correction.problem" legend={t('intake.problem')} required value={problem}
          options={options(PROBLEM_TYPES, 'problemType')} onChange={setProblem} />
        <TextArea id="correction-description" label={t('intake.problemDescription')} value={description} maxLength={500}
          required={problem === 'OTHER'} error={errors['problem.description']} onChange={setDescription} />
        <TextField id="correction-place" label={t('intake.place')} value={place} maxLength={200} error={errors.place} onChange={setPlace} />
        <SaveProblem error={save.error} onReload={reload} />
        <SubmitButton pending={save.isPending}>{t('intake.correct')}</SubmitButton>
      </form>
    </Section>
  );
}

function ClosureSection({ view, municipality, open }: { view: EmergencyView; municipality: string; open: boolean }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const [handOver, setHandOver] = useState('');
  const [consent, setConsent] = useState(today());
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const close = useEmergencyMutation(municipality, view.id, (api, _: void) =>
    unwrap(
      api.POST('/api/emergency/emergencies/{emergencyId}/closure', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          handOver: handOver === 'yes',
          ...(handOver === 'yes' ? { consentGivenOn: consent } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      }),
    ),
  );
  const caseOf = useCaseOfEmergency(municipality, view.id, view.closure?.handedOver ?? false);

  if (view.closure) {
    return (
      <Section id="closure" title={t('closure.title')}>
        <p>
          {t(view.closure.handedOver ? 'closure.handedOverOn' : 'closure.closedOn', {
            time: format.dateTime(view.closure.closedAt),
            name: view.closure.closedBy.displayName,
          })}
        </p>
        {view.closure.note && <p className="casa-pre">{view.closure.note}</p>}
        {view.closure.handedOver && (
          <div className="border rounded p-3" aria-live="polite">
            {caseOf.data ? (
              <Link className="btn btn-primary btn-lg" style={{ minHeight: '3rem' }} to={`/casework/${municipality}/cases/${caseOf.data.id}`}>
                {t('closure.openCase')}
              </Link>
            ) : caseOf.isError ? (
              <ProblemAlert error={caseOf.error} onRetry={() => void caseOf.refetch()} />
            ) : (
              <p className="mb-0">
                {t('closure.caseOpening')}{' '}
                {!caseOf.isFetching && (
                  <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => void caseOf.refetch()}>
                    {t('closure.checkAgain')}
                  </button>
                )}
              </p>
            )}
          </div>
        )}
      </Section>
    );
  }
  if (!open) return null;

  const missing = [...new Set([...view.handOverMissing, ...missingForHandOver(close.error)])];
  const serverErrors = fieldErrorsOf(close.error, t);
  const errors: Record<string, string> = { ...serverErrors };
  if (attempted && !handOver) errors.handOver = t('rules.NotNull');
  if (attempted && handOver === 'no' && !note.trim()) errors.note = t('rules.closure.note.required');
  if (attempted && handOver === 'yes' && !consent) errors.consentGivenOn = t('rules.closure.consent.required');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!handOver || (handOver === 'no' && !note.trim()) || (handOver === 'yes' && !consent)) return;
    close.mutate();
  };
  return (
    <Section id="closure" title={t('closure.title')}>
      <form noValidate onSubmit={submit} style={{ maxWidth: '40rem' }}>
        <ErrorSummary errors={attempted ? errors : serverErrors} labels={{ handOver: t('closure.how'), note: t('closure.note'), consentGivenOn: t('closure.consent') }} />
        <Choices name="handOver" legend={t('closure.how')} required value={handOver} error={errors.handOver}
          options={[{ value: 'yes', label: t('closure.handOver') }, { value: 'no', label: t('closure.withoutHandOver') }]}
          onChange={setHandOver} />
        {handOver === 'yes' && (
          <>
            {missing.length > 0 && (
              <div className="alert alert-warning" role="note">
                <p className="mb-1">{t('closure.missing')}</p>
                <ul className="mb-0">
                  {missing.map((key) => (
                    <li key={key}>{missingText(t, key)}</li>
                  ))}
                </ul>
              </div>
            )}
            <TextField id="consentGivenOn" type="date" label={t('closure.consent')} hint={t('closure.consentHint')} required
              value={consent} error={errors.consentGivenOn} onChange={setConsent} />
          </>
        )}
        <TextArea id="note" label={t('closure.note')} required={handOver === 'no'} value={note} maxLength={2000} error={errors.note} onChange={setNote} />
        <SaveProblem error={close.error} onReload={reload} />
        <SubmitButton pending={close.isPending} disabled={handOver === 'yes' && missing.length > 0}>
          {t('closure.submit')}
        </SubmitButton>
      </form>
    </Section>
  );
}

/** people.persons[1].birthDate.missing -> "Persona 2: data di nascita". */
function missingText(t: TFunction<'emergency'>, key: string): string {
  const person = /^people\.persons\[(\d+)\]\.(\w+)\.missing$/.exec(key);
  if (person) return String(t('closure.personMissing', { n: Number(person[1]) + 1, field: t(`person.${person[2]}`) }));
  return String(t(`rules.${key}`, { defaultValue: key }));
}
