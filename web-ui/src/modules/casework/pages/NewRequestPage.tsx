import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Button } from 'design-react-kit';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createApiClient, unwrap } from '../../../api/client';
import { type Me, rightsIn } from '../../../api/me';
import type { ApiError } from '../../../api/problem';
import { RELATIONSHIPS, SEXES } from '../../../api/options';
import { Breadcrumb } from '../../../components/Breadcrumb';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useTenant } from '../../../tenant/TenantContext';
import type { CaseView } from '../api';
import {
  Checkbox,
  ErrorSummary,
  FieldSet,
  fieldId,
  ProgressBar,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FieldErrors,
} from '../../../components/fields';
import { MemberFields } from '../components/MemberFields';
import { UnsavedChangesGuard } from '../components/UnsavedChanges';
import { today } from '../../../components/format';
import { CONSENT_SCOPES, HOUSING_SITUATIONS, INCOME_BANDS } from '../options';
import { fieldErrorsOf, ruleMessage } from '../problems';
import {
  emptyMember,
  emptyRequest,
  LIMITS,
  toFileRequest,
  contactErrorPaths,
  validateRequest,
  withContactFields,
  type MemberForm,
  type RequestForm,
} from '../requestForm';

/** The activation request (scheda di attivazione): household, members, housing situation, urgency, consent. */
export function NewRequestPage({ me }: { me: Me }) {
  const { t } = useTranslation('casework');
  const { tenant } = useTenant();
  const navigate = useNavigate();
  useDocumentTitle(t('request.title'));
  const own = me.boundTenant ?? tenant;
  const [initial] = useState(() => emptyRequest(own ?? '', today()));
  const [form, setForm] = useState<RequestForm>(initial);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const leaving = useRef(false);
  const dirty = JSON.stringify({ ...form, members: form.members.map(({ key: _, ...m }) => m) }) !==
    JSON.stringify({ ...initial, members: initial.members.map(({ key: _, ...m }) => m) });

  const mutation = useMutation<CaseView, ApiError, RequestForm>({
    mutationFn: (values) =>
      unwrap(createApiClient(values.municipality || null).POST('/api/casework/cases', { body: toFileRequest(values, today()) })),
    onSuccess: (filed) => {
      leaving.current = true;
      void navigate(`/casework/${filed.municipality}/cases/${filed.id}`, { state: { filed: true } });
    },
    onError: (error) => setServerErrors(fieldErrorsOf(error, t)),
  });

  const clientErrors = useMemo(() => {
    const codes = validateRequest(form, today(), !own);
    return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, ruleMessage(t, code)]));
  }, [form, own, t]);
  // Fields are checked as they are typed once the user tried to send; a fiscal code as soon as it is complete.
  const collected: FieldErrors = { ...serverErrors };
  for (const [field, message] of Object.entries(clientErrors)) {
    const code = field.endsWith('.fiscalCode') ? fiscalCodeOf(form, field) : '';
    if (attempt > 0 || code.replace(/\s/g, '').length >= 11) collected[field] = message;
  }
  // The phone's and the e-mail's problems on their fields (ids "phone" and "email"), wherever the API numbers them.
  const shown: FieldErrors = withContactFields(collected, form, 'household.', '');

  const update = (change: Partial<RequestForm>, fields: string[]) => {
    setForm((current) => ({ ...current, ...change }));
    setServerErrors((current) => omit(current, fields));
  };
  const updateMember = (index: number, change: Partial<MemberForm>) => {
    setForm((current) => ({
      ...current,
      members: current.members.map((member, i) => (i === index ? { ...member, ...change } : member)),
    }));
    setServerErrors((current) =>
      omit(current, Object.keys(change).map((field) => `household.members[${index}].${field}`).concat('household.members', 'household')),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    mutation.mutate(form);
  };

  const rights = rightsIn(me, 'casework');
  if (!rights.has('write')) {
    return (
      <>
        <h1 tabIndex={-1}>{t('request.title')}</h1>
        <p>{t('request.notAllowed')}</p>
      </>
    );
  }

  const e = (path: string) => shown[path];
  const labels = fieldLabels(form, t);
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: String(t(`${prefix}.${value}`)) }));

  return (
    <>
      <Breadcrumb parent={{ to: '/casework', label: t('inbox.title') }} current={t('request.title')} />
      <h1 tabIndex={-1}>{t('request.title')}</h1>
      <p className="lead">{t('request.lead')}</p>
      <UnsavedChangesGuard dirty={dirty && !mutation.isSuccess} allowLeave={leaving} />
      <ErrorSummary errors={attempt > 0 ? shown : {}} labels={labels} attempt={attempt} />
      {mutation.isError && Object.keys(serverErrors).length === 0 && <ProblemAlert error={mutation.error} />}
      {shown[''] && <div className="alert alert-danger">{shown['']}</div>}
      <form noValidate onSubmit={submit} aria-describedby="required-note">
        <p id="required-note" className="small">{t('form.requiredNote')}</p>
        {!own && (
          <SelectField
            id="municipality"
            label={t('request.municipality')}
            required
            value={form.municipality}
            error={e('municipality')}
            placeholder={t('form.choose')}
            options={me.tenants.map((option) => ({ value: option.id, label: option.name }))}
            onChange={(municipality) => update({ municipality }, ['municipality'])}
          />
        )}

        <FieldSet legend={t('request.household')}>
          {shown['household.members'] && (
            <div id="household-members" tabIndex={-1} className="alert alert-danger py-2">
              {shown['household.members']}
            </div>
          )}
          {form.members.map((member, index) => (
            <MemberFields
              key={member.key}
              index={index}
              member={member}
              errors={shown}
              onChange={(change) => updateMember(index, change)}
              onRemove={
                form.members.length > 1
                  ? () => update({ members: form.members.filter((_, i) => i !== index) }, [])
                  : undefined
              }
              relationshipOptions={options(RELATIONSHIPS, 'relationship')}
              sexOptions={options(SEXES, 'sex')}
              incomeOptions={options(INCOME_BANDS, 'incomeBand')}
            />
          ))}
          {form.members.length < LIMITS.members && (
            <Button
              color="primary"
              outline
              size="sm"
              type="button"
              onClick={() => update({ members: [...form.members, emptyMember()] }, [])}
            >
              {t('request.addMember')}
            </Button>
          )}
        </FieldSet>

        <FieldSet legend={t('request.contacts')}>
          <div className="row">
            <TextField className="col-12 col-md-6 mb-3" id="phone" label={t('request.phone')} type="tel" value={form.phone}
              maxLength={LIMITS.contact} error={e('phone')} onChange={(phone) => update({ phone }, contactErrorPaths('household.'))} />
            <TextField className="col-12 col-md-6 mb-3" id="email" label={t('request.email')} type="email" value={form.email}
              maxLength={LIMITS.contact} error={e('email')} onChange={(email) => update({ email }, contactErrorPaths('household.'))} />
            <TextField className="col-12 col-md-6 mb-3" id={fieldId('household.addresses[0].street')} label={t('request.street')}
              value={form.street} error={e('household.addresses[0].street')}
              onChange={(street) => update({ street }, ['household.addresses[0].street'])} />
            <TextField className="col-6 col-md-2 mb-3" id={fieldId('household.addresses[0].postalCode')} label={t('request.postalCode')}
              value={form.postalCode} error={e('household.addresses[0].postalCode')} maxLength={5}
              onChange={(postalCode) => update({ postalCode }, ['household.addresses[0].postalCode'])} />
            <TextField className="col-6 col-md-4 mb-3" id={fieldId('household.addresses[0].town')} label={t('request.town')}
              value={form.town} error={e('household.addresses[0].town')}
              onChange={(town) => update({ town }, ['household.addresses[0].town'])} />
          </div>
        </FieldSet>

        <FieldSet legend={t('request.situation')}>
          <TextField id="requestedOn" type="date" required label={t('request.requestedOn')} hint={t('request.requestedOnHint')}
            value={form.requestedOn} error={e('requestedOn')} onChange={(requestedOn) => update({ requestedOn }, ['requestedOn'])} />
          <SelectField
            id={fieldId('housing.situation')}
            label={t('request.situationLabel')}
            required
            value={form.situation}
            error={e('housing.situation') ?? e('housing')}
            placeholder={t('form.choose')}
            options={options(HOUSING_SITUATIONS, 'situation')}
            onChange={(situation) =>
              update({ situation: situation as RequestForm['situation'] }, ['housing.situation', 'housing'])
            }
          />
          {form.situation === 'EVICTION_IN_PROGRESS' && (
            <TextField id={fieldId('housing.hearingDate')} type="date" required label={t('request.hearingDate')}
              value={form.hearingDate} error={e('housing.hearingDate')}
              onChange={(hearingDate) => update({ hearingDate }, ['housing.hearingDate', 'housing'])} />
          )}
          {form.situation === 'OTHER' && (
            <TextArea id={fieldId('housing.description')} required label={t('request.description')}
              value={form.description} error={e('housing.description')} maxLength={LIMITS.description}
              onChange={(description) => update({ description }, ['housing.description', 'housing'])} />
          )}
          <TextArea id="urgencyFacts" label={t('request.urgencyFacts')} hint={t('request.urgencyFactsHint')}
            value={form.urgencyFacts} error={e('urgencyFacts')} maxLength={LIMITS.urgencyFacts}
            onChange={(urgencyFacts) => update({ urgencyFacts }, ['urgencyFacts'])} />
        </FieldSet>

        <FieldSet legend={t('request.consent')}>
          <TextField id={fieldId('consent.givenOn')} type="date" required label={t('request.consentGivenOn')}
            value={form.consentGivenOn} error={e('consent.givenOn')}
            onChange={(consentGivenOn) => update({ consentGivenOn }, ['consent.givenOn'])} />
          <fieldset id={fieldId('consent.scopes')} tabIndex={-1} aria-describedby={e('consent.scopes') ? 'consent-scopes-error' : undefined}>
            <legend className="form-label fw-semibold fs-6">{t('request.consentScopes')}</legend>
            {CONSENT_SCOPES.map((scope) => (
              <Checkbox
                key={scope}
                id={`scope-${scope}`}
                label={t(`scope.${scope}`)}
                checked={form.scopes.includes(scope)}
                onChange={(checked) =>
                  update(
                    { scopes: checked ? [...form.scopes, scope] : form.scopes.filter((s) => s !== scope) },
                    ['consent.scopes', 'consent'],
                  )
                }
              />
            ))}
            {e('consent.scopes') && (
              <div id="consent-scopes-error" className="invalid-feedback d-block">
                {e('consent.scopes')}
              </div>
            )}
          </fieldset>
        </FieldSet>

        {mutation.isPending && <ProgressBar label={t('request.sending')} />}
        <div className="d-flex flex-wrap gap-2">
          <SubmitButton pending={mutation.isPending} pendingLabel={t('request.sending')}>
            {t('request.submit')}
          </SubmitButton>
          <Link to="/casework" className="btn btn-outline-primary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function omit(errors: FieldErrors, fields: string[]): FieldErrors {
  const result = { ...errors };
  for (const field of fields) delete result[field];
  return result;
}

function fiscalCodeOf(form: RequestForm, field: string): string {
  const index = Number(/\[(\d+)\]/.exec(field)?.[1] ?? -1);
  return form.members[index]?.fiscalCode ?? '';
}

function fieldLabels(form: RequestForm, t: TFunction<'casework'>): Record<string, string> {
  const labels: Record<string, string> = {
    municipality: t('request.municipality'),
    'household.members': t('request.household'),
    phone: t('request.phone'),
    email: t('request.email'),
    'household.addresses[0].street': t('request.street'),
    'household.addresses[0].postalCode': t('request.postalCode'),
    'household.addresses[0].town': t('request.town'),
    'housing.situation': t('request.situationLabel'),
    'housing.hearingDate': t('request.hearingDate'),
    'housing.description': t('request.description'),
    urgencyFacts: t('request.urgencyFacts'),
    'consent.givenOn': t('request.consentGivenOn'),
    requestedOn: t('request.requestedOn'),
    'consent.scopes': t('request.consentScopes'),
  };
  form.members.forEach((_, index) => {
    for (const field of ['givenName', 'familyName', 'relationship', 'birthDate', 'sex', 'fiscalCode', 'citizenship', 'residencePermitExpiry']) {
      labels[`household.members[${index}].${field}`] = `${t('request.member', { number: index + 1 })}, ${t(`member.${field}`)}`;
    }
  });
  return labels;
}
