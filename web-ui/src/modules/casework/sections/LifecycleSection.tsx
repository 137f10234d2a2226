import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWording } from '../wording';
import { unwrap } from '../../../api/client';
import { type Me, rightsIn } from '../../../api/me';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCaseMutation, type CaseView } from '../api';
import { SelectField, SubmitButton, TextArea, TextField, type FieldErrors } from '../../../components/fields';
import { useReportDirty } from '../components/UnsavedChanges';
import { today, useFormat } from '../../../components/format';
import { CLOSURE_OUTCOMES } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';

/** Closure with the restitution meeting, rejection, reopening; and the case's history. */
export function LifecycleSection({ view, me, municipality }: { view: CaseView; me: Me; municipality: string }) {
  const { t } = useTranslation('casework');
  const word = useWording();
  const format = useFormat();
  const rights = rightsIn(me, 'casework');
  const canClose = rights.has('write') && view.allowedStatuses.includes('CLOSED');
  const canReject = rights.has('triage') && view.allowedStatuses.includes('REJECTED');
  const canReopen = rights.has('write') && (view.status === 'CLOSED' || view.status === 'REJECTED') && view.allowedStatuses.length > 0;
  return (
    <section id="lifecycle" aria-labelledby="lifecycle-title" className="mb-5">
      <h2 id="lifecycle-title" className="h3">
        {t('lifecycle.title')}
      </h2>
      {view.closures.length > 0 && (
        <>
          <h3 className="h5">{t('lifecycle.closures')}</h3>
          <ul>
            {view.closures.map((closure) => (
              <li key={closure.closedAt}>
                {t('lifecycle.closureItem', {
                  outcome: t(`outcome.${closure.outcome}`),
                  name: closure.closedBy.displayName,
                  date: format.dateTime(closure.closedAt),
                })}
                {closure.restitutionMeetingOn && <> · {t('lifecycle.meetingOn', { date: format.date(closure.restitutionMeetingOn) })}</>}
                {closure.reason && <div className="small casa-pre">{closure.reason}</div>}
                {closure.restitutionSummary && <div className="small casa-pre">{closure.restitutionSummary}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      {canClose && <CloseForm view={view} municipality={municipality} />}
      {canReject && <ReasonForm kind="reject" view={view} municipality={municipality} />}
      {canReopen && <ReasonForm kind="reopen" view={view} municipality={municipality} />}
      <h3 className="h5 mt-4">{t('lifecycle.history')}</h3>
      {view.statusHistory.length === 0 && <p>{t('lifecycle.noHistory', { date: format.date(view.requestedOn) })}</p>}
      <ol>
        {view.statusHistory.map((change, index) => (
          <li key={index}>
            {t('lifecycle.historyItem', {
              transition: t(`transition.${change.transition}`),
              to: t(`status.${change.to}`),
              name: change.by.displayName,
              date: format.dateTime(change.at),
            })}
            {change.reason && <> — {change.reason}</>}
            {change.reasonWording && <> — {word(change.reasonWording)}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function CloseForm({ view, municipality }: { view: CaseView; municipality: string }) {
  const { t } = useTranslation('casework');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [meetingOn, setMeetingOn] = useState('');
  const [summary, setSummary] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  useReportDirty('close', outcome !== '' || reason !== '' || meetingOn !== '' || summary !== '');
  const close = useCaseMutation(municipality, view.id, (api, body: { version: number; outcome: (typeof CLOSURE_OUTCOMES)[number]; reason: string | null; restitutionMeetingOn: string | null; restitutionSummary: string | null }) =>
    unwrap(api.POST('/api/casework/cases/{caseId}/closure', { params: { path: { caseId: view.id } }, body })),
  );
  const errors: FieldErrors = { ...serverErrors };
  if (attempt > 0 && !outcome) errors.outcome = ruleMessage(t, 'NotNull');
  if (meetingOn && meetingOn > today()) errors.restitutionMeetingOn = ruleMessage(t, 'PastOrPresent');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!outcome || errors.restitutionMeetingOn) return;
    close.mutate(
      { version: view.version, outcome: outcome as (typeof CLOSURE_OUTCOMES)[number], reason: reason.trim() || null,
        restitutionMeetingOn: meetingOn || null, restitutionSummary: summary.trim() || null },
      { onError: (error) => setServerErrors(fieldErrorsOf(error, t)) },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 mb-3" aria-labelledby="close-title">
      <h3 id="close-title" className="h5">{t('lifecycle.close')}</h3>
      <p className="small">{t('lifecycle.closeLead')}</p>
      {close.isError && Object.keys(serverErrors).length === 0 && (
        <ProblemAlert error={close.error} headingLevel={3} />
      )}
      {isStaleEdit(close.error) && <p className="small">{t('lifecycle.staleHint')}</p>}
      <SelectField id="outcome" label={t('lifecycle.outcome')} required value={outcome} error={errors.outcome} placeholder={t('form.choose')}
        options={CLOSURE_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))} onChange={setOutcome} />
      <TextArea id="reason" label={t('lifecycle.reason')} value={reason} maxLength={2000} error={errors.reason} onChange={setReason} />
      <TextField id="restitutionMeetingOn" type="date" label={t('lifecycle.meetingDate')} value={meetingOn}
        error={errors.restitutionMeetingOn} onChange={setMeetingOn} />
      <TextArea id="restitutionSummary" label={t('lifecycle.meetingSummary')} value={summary} maxLength={4000}
        error={errors.restitutionSummary} onChange={setSummary} />
      <SubmitButton pending={close.isPending} color="danger">{t('lifecycle.closeButton')}</SubmitButton>
    </form>
  );
}

function ReasonForm({ kind, view, municipality }: { kind: 'reject' | 'reopen'; view: CaseView; municipality: string }) {
  const { t } = useTranslation('casework');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  useReportDirty(kind, reason.trim() !== '');
  const act = useCaseMutation(municipality, view.id, (api, body: { version: number; reason: string }) =>
    unwrap(kind === 'reject'
      ? api.POST('/api/casework/cases/{caseId}/rejection', { params: { path: { caseId: view.id } }, body })
      : api.POST('/api/casework/cases/{caseId}/reopening', { params: { path: { caseId: view.id } }, body })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(ruleMessage(t, 'case.transition.reasonRequired'));
    act.mutate({ version: view.version, reason: reason.trim() }, {
      onSuccess: () => setReason(''),
      onError: (e) => setError(fieldErrorsOf(e, t).reason),
    });
  };
  const id = `${kind}-reason`;
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 mb-3" aria-labelledby={`${kind}-title`}>
      <h3 id={`${kind}-title`} className="h5">{t(`lifecycle.${kind}`)}</h3>
      {act.isError && !error && <ProblemAlert error={act.error} headingLevel={3} />}
      <TextArea id={id} label={t('lifecycle.reasonRequired')} required value={reason} maxLength={2000} error={error}
        onChange={(value) => { setReason(value); setError(undefined); }} />
      <SubmitButton pending={act.isPending} color={kind === 'reject' ? 'danger' : 'primary'}>{t(`lifecycle.${kind}Button`)}</SubmitButton>
    </form>
  );
}
