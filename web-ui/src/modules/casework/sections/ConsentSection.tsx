import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, type Schemas } from '../../../api/client';
import type { ApiError } from '../../../api/problem';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Checkbox, FieldSet, SubmitButton, TextArea, TextField, type FieldErrors } from '../../../components/fields';
import { today, useFormat } from '../../../components/format';
import {
  keys,
  useCaseApi,
  useConsent,
  type CaseView,
  type ConsentScope,
  type HouseholdConsentView,
} from '../api';
import { useReportDirty } from '../components/UnsavedChanges';
import { CONSENT_SCOPES } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';

type ScopeView = HouseholdConsentView['scopes'][number];
type Status = ScopeView['status'];

const STATUS_BADGE: Record<Status, string> = {
  IN_FORCE: 'bg-success',
  ENDING_SOON: 'bg-warning text-dark',
  LAPSED: 'bg-secondary',
  WITHDRAWN: 'bg-danger',
  NOT_GIVEN: 'bg-light text-dark border',
};

/** What the user opened: a consent to record (scopes preselected) or a withdrawal of one scope. */
export type ConsentIntent = { kind: 'record'; scopes: ConsentScope[] } | { kind: 'withdraw'; scope: ConsentScope };

/**
 * The household's consent, scope by scope: where each stands today and until when, with recording, renewal and
 * withdrawal for the municipality's and the agency's operators, and the history of every change. The consent is the
 * household's: it holds for every case of the household and every partner the household shares data with.
 */
export function ConsentSection({
  view,
  municipality,
  editable,
  intent,
  onIntent,
}: {
  view: CaseView;
  municipality: string;
  editable: boolean;
  intent: ConsentIntent | null;
  onIntent: (intent: ConsentIntent | null) => void;
}) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const consent = useConsent(municipality, view.householdId);
  return (
    <section id="consent" aria-labelledby="consent-title" className="mb-5">
      <h2 id="consent-title" className="h3">
        {t('consent.title')}
      </h2>
      <p className="text-muted">{t('consent.lead')}</p>
      {consent.isPending && <Loading label={t('consent.loading')} />}
      {consent.isError && <ProblemAlert error={consent.error} onRetry={() => void consent.refetch()} headingLevel={3} />}
      {consent.data && (
        <>
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="visually-hidden">{t('consent.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('consent.scope')}</th>
                  <th scope="col">{t('consent.status')}</th>
                  <th scope="col">{t('consent.period')}</th>
                  {editable && <th scope="col"><span className="visually-hidden">{t('consent.actions')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {consent.data.scopes.map((scope) => (
                  <tr key={scope.scope}>
                    <th scope="row">{t(`scope.${scope.scope}`)}</th>
                    <td>
                      <span className={`badge ${STATUS_BADGE[scope.status]}`}>{t(`consentStatus.${scope.status}`)}</span>
                    </td>
                    <td>
                      {scope.givenOn && scope.validUntil
                        ? t('consent.periodValue', { from: format.date(scope.givenOn), until: format.date(scope.validUntil) })
                        : '—'}
                      {scope.withdrawnAt && (
                        <div className="small">{t('consent.withdrawnAt', { when: format.dateTime(scope.withdrawnAt) })}</div>
                      )}
                    </td>
                    {editable && (
                      <td className="text-end">
                        <div className="d-flex flex-wrap gap-2 justify-content-end">
                          {scope.status !== 'NOT_GIVEN' && scope.status !== 'WITHDRAWN' && (
                            <Button color="primary" outline size="sm"
                              onClick={() => onIntent({ kind: 'record', scopes: [scope.scope] })}>
                              {t('consent.renew', { scope: t(`scope.${scope.scope}`) })}
                            </Button>
                          )}
                          {(scope.status === 'IN_FORCE' || scope.status === 'ENDING_SOON') && (
                            <Button color="danger" outline size="sm" onClick={() => onIntent({ kind: 'withdraw', scope: scope.scope })}>
                              {t('consent.withdraw', { scope: t(`scope.${scope.scope}`) })}
                            </Button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable && !intent && (
            <Button color="primary" onClick={() => onIntent({ kind: 'record', scopes: [] })}>
              {t('consent.record')}
            </Button>
          )}
          {editable && intent?.kind === 'record' && (
            <RecordForm key={intent.scopes.join()} consent={consent.data} municipality={municipality} view={view}
              preselected={intent.scopes} onDone={() => onIntent(null)} />
          )}
          {editable && intent?.kind === 'withdraw' && (
            <WithdrawalForm key={intent.scope} consent={consent.data} municipality={municipality} view={view}
              scope={intent.scope} onDone={() => onIntent(null)} />
          )}
          <ConsentHistory consent={consent.data} />
        </>
      )}
    </section>
  );
}

/** A change of the consent: refreshes it, the case (the team's access) and the inboxes that list the case. */
function useConsentMutation<TBody>(
  municipality: string,
  view: CaseView,
  call: (api: ReturnType<typeof useCaseApi>, body: TBody) => Promise<HouseholdConsentView>,
) {
  const api = useCaseApi(municipality);
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.household(municipality, view.householdId) }),
      queryClient.invalidateQueries({ queryKey: keys.case(municipality, view.id) }),
      queryClient.invalidateQueries({ queryKey: ['casework', 'inbox'] }),
    ]);
  return useMutation<HouseholdConsentView, ApiError, TBody>({
    mutationFn: (body) => call(api, body),
    onSuccess: () => refresh(),
    onError: (error) => (isStaleEdit(error) ? refresh() : undefined),
  });
}

function RecordForm({
  consent,
  municipality,
  view,
  preselected,
  onDone,
}: {
  consent: HouseholdConsentView;
  municipality: string;
  view: CaseView;
  preselected: ConsentScope[];
  onDone: () => void;
}) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [scopes, setScopes] = useState<ConsentScope[]>(preselected);
  const [givenOn, setGivenOn] = useState(today());
  const [validUntil, setValidUntil] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useReportDirty('consent', scopes.join() !== preselected.join() || validUntil !== '');
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const save = useConsentMutation(municipality, view, (api, body: Schemas['ConsentRecordRequest']) =>
    unwrap(api.POST('/api/casework/households/{householdId}/consent', { params: { path: { householdId: view.householdId } }, body })),
  );

  const errors: FieldErrors = { ...serverErrors };
  if (attempt > 0) {
    if (scopes.length === 0) errors.scopes = t('consent.errors.scopes');
    if (!givenOn) errors.givenOn = ruleMessage(t, 'NotNull');
    else if (givenOn > today()) errors.givenOn = ruleMessage(t, 'PastOrPresent');
    if (validUntil && validUntil < today()) errors.validUntil = t('consent.errors.validUntilPast');
    else if (validUntil && givenOn && validUntil < givenOn) errors.validUntil = ruleMessage(t, 'consent.validUntil.beforeGiven');
  }
  const renewing = scopes.some((scope) => consent.scopes.find((entry) => entry.scope === scope)?.status !== 'NOT_GIVEN');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const invalid = scopes.length === 0 || !givenOn || givenOn > today() || (validUntil !== '' && (validUntil < today() || validUntil < givenOn));
    if (invalid) return;
    setServerErrors({});
    save.mutate(
      { version: consent.version, givenOn, scopes, ...(validUntil ? { validUntil } : {}) },
      { onSuccess: onDone, onError: (error) => setServerErrors(fieldErrorsOf(error, t)) },
    );
  };
  const toggle = (scope: ConsentScope, checked: boolean) =>
    setScopes((current) => (checked ? [...current, scope] : current.filter((s) => s !== scope)));
  return (
    <form noValidate onSubmit={submit} aria-labelledby="consent-record-title" className="border rounded p-3 mb-4">
      <h3 id="consent-record-title" ref={heading} tabIndex={-1} className="h5">
        {renewing ? t('consent.renewTitle') : t('consent.recordTitle')}
      </h3>
      <p className="small">{t('consent.recordLead')}</p>
      {save.isError && Object.keys(serverErrors).length === 0 && <ProblemAlert error={save.error} headingLevel={3} />}
      <FieldSet legend={t('consent.scopesLegend')}>
        <div id="scopes" tabIndex={-1}>
          {CONSENT_SCOPES.map((scope) => (
            <Checkbox key={scope} id={`consent-scope-${scope}`} label={t(`scope.${scope}`)} checked={scopes.includes(scope)}
              onChange={(checked) => toggle(scope, checked)} />
          ))}
        </div>
        {errors.scopes && <div className="invalid-feedback d-block">{errors.scopes}</div>}
      </FieldSet>
      <div className="row">
        <TextField className="col-12 col-md-6 mb-3" id="givenOn" type="date" label={t('consent.givenOn')} required
          value={givenOn} error={errors.givenOn} onChange={setGivenOn} />
        <TextField className="col-12 col-md-6 mb-3" id="validUntil" type="date" label={t('consent.validUntil')}
          hint={t('consent.validUntilHint', { date: format.date(consent.defaultValidUntil) })}
          value={validUntil} error={errors.validUntil} onChange={setValidUntil} />
      </div>
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton pending={save.isPending}>{renewing ? t('consent.saveRenewal') : t('consent.save')}</SubmitButton>
        <Button color="primary" outline type="button" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function WithdrawalForm({
  consent,
  municipality,
  view,
  scope,
  onDone,
}: {
  consent: HouseholdConsentView;
  municipality: string;
  view: CaseView;
  scope: ConsentScope;
  onDone: () => void;
}) {
  const { t } = useTranslation('casework');
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useReportDirty('consent', reason !== '');
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const withdraw = useConsentMutation(municipality, view, (api, body: Schemas['ConsentWithdrawalRequest']) =>
    unwrap(
      api.POST('/api/casework/households/{householdId}/consent/withdrawal', {
        params: { path: { householdId: view.householdId } },
        body,
      }),
    ),
  );
  const error = attempt > 0 && !reason.trim() ? ruleMessage(t, 'NotBlank') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!reason.trim()) return;
    withdraw.mutate({ version: consent.version, scopes: [scope], reason: reason.trim() }, { onSuccess: onDone });
  };
  const label = t(`scope.${scope}`);
  return (
    <form noValidate onSubmit={submit} aria-labelledby="consent-withdraw-title" className="border border-danger rounded p-3 mb-4">
      <h3 id="consent-withdraw-title" ref={heading} tabIndex={-1} className="h5">
        {t('consent.withdrawTitle', { scope: label })}
      </h3>
      <p>{t(scope === 'CASE_WORK' ? 'consent.withdrawCaseWork' : 'consent.withdrawEffect', { scope: label })}</p>
      {withdraw.isError && <ProblemAlert error={withdraw.error} headingLevel={3} />}
      <TextArea id="withdrawal-reason" label={t('consent.withdrawReason')} required value={reason} error={error}
        maxLength={2000} onChange={setReason} />
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton pending={withdraw.isPending} color="danger">{t('consent.confirmWithdraw')}</SubmitButton>
        <Button color="primary" outline type="button" onClick={onDone}>
          {t('consent.keep')}
        </Button>
      </div>
    </form>
  );
}

function ConsentHistory({ consent }: { consent: HouseholdConsentView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  if (consent.history.length === 0) return null;
  return (
    <>
      <h3 className="h5 mt-4">{t('consent.history')}</h3>
      <ol className="list-unstyled casa-timeline">
        {consent.history.map((change, index) => (
          <li key={index} className="border-bottom py-2">
            <div className="small text-muted">
              {format.dateTime(change.at)} · {change.by.displayName}
            </div>
            <div>
              {t(`consentChange.${change.kind}`, {
                scope: t(`scope.${change.scope}`),
                from: format.date(change.givenOn),
                until: format.date(change.validUntil),
              })}
              {change.caseId && <> {t('consent.withRequest')}</>}
            </div>
            {change.reason && <div className="casa-pre small">{t('consent.reason', { reason: change.reason })}</div>}
          </li>
        ))}
      </ol>
    </>
  );
}
