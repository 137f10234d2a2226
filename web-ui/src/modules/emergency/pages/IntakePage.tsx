import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createApiClient, unwrap } from '../../../api/client';
import { type Me, rightsIn } from '../../../api/me';
import type { ApiError } from '../../../api/problem';
import { Breadcrumb } from '../../../components/Breadcrumb';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useTenant } from '../../../tenant/TenantContext';
import type { EmergencyView } from '../api';
import { Checkbox, Choices, ErrorSummary, SelectField, Stepper, SubmitButton, TextArea, TextField } from '../components/fields';
import { emptyIntake, LIMITS, toIntakeRequest, validateIntake, type IntakeForm } from '../intake';
import { MAX_PEOPLE, NAMEABLE_KINDS, PROBLEM_TYPES, REPORTING_ENTITY_KINDS } from '../options';
import { fieldErrorsOf, ruleMessage } from '../problems';

/**
 * Intake as the phone rings: who reports and what happened (two taps), how many people (1 unless changed), then
 * "Registra". Everything else is optional here and completed on the emergency's page.
 */
export function IntakePage({ me }: { me: Me }) {
  const { t } = useTranslation('emergency');
  const { tenant } = useTenant();
  const navigate = useNavigate();
  useDocumentTitle(t('intake.title'));
  const own = me.boundTenant ?? tenant;
  const [form, setForm] = useState<IntakeForm>(() => emptyIntake(own ?? ''));
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [earlier, setEarlier] = useState(false);

  const mutation = useMutation<EmergencyView, ApiError, IntakeForm>({
    mutationFn: (values) =>
      unwrap(createApiClient(values.municipality || null).POST('/api/emergency/emergencies', { body: toIntakeRequest(values) })),
    onSuccess: (view) => void navigate(`/emergency/${view.municipality}/emergencies/${view.id}`, { state: { reported: true } }),
    onError: (error) => setServerErrors(fieldErrorsOf(error, t)),
  });

  const clientErrors = useMemo(() => {
    const codes = validateIntake(form, new Date(), !own);
    return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, ruleMessage(t, code)]));
  }, [form, own, t]);
  const shown = attempt > 0 ? { ...serverErrors, ...clientErrors } : serverErrors;
  const update = (change: Partial<IntakeForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setServerErrors({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (Object.keys(clientErrors).length > 0) return;
    mutation.mutate(form);
  };

  if (!rightsIn(me, 'emergency').has('work')) {
    return (
      <>
        <h1 tabIndex={-1}>{t('intake.title')}</h1>
        <p>{t('intake.notAllowed')}</p>
      </>
    );
  }

  const labels: Record<string, string> = {
    municipality: t('intake.municipality'),
    'reportingEntity.kind': t('intake.reportingEntity'),
    'reportingEntity.name': t('intake.reportingEntityName'),
    'problem.type': t('intake.problem'),
    'problem.description': t('intake.problemDescription'),
    'people.count': t('intake.people'),
    'people.minors': t('intake.minors'),
    calledAt: t('intake.calledAt'),
    place: t('intake.place'),
  };
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: String(t(`${prefix}.${value}`)) }));
  const nameable = NAMEABLE_KINDS.includes(form.reportingEntityKind);

  return (
    <>
      <Breadcrumb parent={{ to: '/emergency', label: t('list.title') }} current={t('intake.title')} />
      <h1 tabIndex={-1}>{t('intake.title')}</h1>
      <p className="lead">{t('intake.lead')}</p>
      <ErrorSummary errors={shown} labels={labels} attempt={attempt} />
      {mutation.isError && Object.keys(serverErrors).length === 0 && <ProblemAlert error={mutation.error} />}
      <form noValidate onSubmit={submit} style={{ maxWidth: '40rem' }}>
        {!own && (
          <SelectField id="municipality" label={t('intake.municipality')} required value={form.municipality}
            error={shown.municipality} placeholder={t('form.choose')}
            options={me.tenants.map((option) => ({ value: option.id, label: option.name }))}
            onChange={(municipality) => update({ municipality })} />
        )}
        <Choices name="reportingEntity.kind" legend={t('intake.reportingEntity')} required
          options={options(REPORTING_ENTITY_KINDS, 'reportingEntityKind')} value={form.reportingEntityKind}
          error={shown['reportingEntity.kind']} onChange={(reportingEntityKind) => update({ reportingEntityKind })} />
        {nameable && (
          <TextField id="reportingEntity-name" label={t('intake.reportingEntityName')} hint={t('intake.reportingEntityNameHint')}
            value={form.reportingEntityName} maxLength={LIMITS.name} error={shown['reportingEntity.name']}
            onChange={(reportingEntityName) => update({ reportingEntityName })} />
        )}
        <Choices name="problem.type" legend={t('intake.problem')} required options={options(PROBLEM_TYPES, 'problemType')}
          value={form.problemType} error={shown['problem.type']} onChange={(problemType) => update({ problemType })} />
        {form.problemType === 'OTHER' && (
          <TextArea id="problem-description" label={t('intake.problemDescription')} required value={form.problemDescription}
            maxLength={LIMITS.description} error={shown['problem.description']}
            onChange={(problemDescription) => update({ problemDescription })} />
        )}
        <fieldset className="mb-4">
          <legend className="h5">{t('intake.peopleLegend')}</legend>
          <div className="d-flex flex-wrap gap-4">
            <Stepper id="people-count" label={t('intake.people')} required value={form.people} min={1} max={MAX_PEOPLE}
              error={shown['people.count']} lessLabel={t('intake.fewerPeople')} moreLabel={t('intake.morePeople')}
              onChange={(people) => update({ people })} />
            <Stepper id="people-minors" label={t('intake.minors')} value={form.minors} min={0} max={MAX_PEOPLE}
              error={shown['people.minors']} lessLabel={t('intake.fewerMinors')} moreLabel={t('intake.moreMinors')}
              onChange={(minors) => update({ minors })} />
          </div>
          <Checkbox id="people-fragileMembers" label={t('intake.fragile')} checked={form.fragileMembers}
            onChange={(fragileMembers) => update({ fragileMembers })} />
        </fieldset>
        <TextField id="place" label={t('intake.place')} hint={t('intake.placeHint')} value={form.place}
          maxLength={LIMITS.place} error={shown.place} onChange={(place) => update({ place })} />
        {earlier ? (
          <TextField id="calledAt" type="datetime-local" label={t('intake.calledAt')} value={form.calledAt}
            error={shown.calledAt} onChange={(calledAt) => update({ calledAt })} />
        ) : (
          <p>
            {t('intake.calledNow')}{' '}
            <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => setEarlier(true)}>
              {t('intake.calledEarlier')}
            </button>
          </p>
        )}
        <SubmitButton pending={mutation.isPending} block>
          {t('intake.submit')}
        </SubmitButton>
      </form>
    </>
  );
}
