import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { type Me, rightsIn } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCaseMutation, useInterviews, type CaseView, type InterviewView } from '../api';
import { SubmitButton, TextArea, TextField, type FieldErrors } from '../../../components/fields';
import { useReportDirty } from '../components/UnsavedChanges';
import { useFormat } from '../../../components/format';
import { fieldErrorsOf, ruleMessage } from '../problems';

/** Joint interviews (colloqui congiunti): planned with date, place and participants, then their outcome. */
export function InterviewsSection({ view, me, municipality }: { view: CaseView; me: Me; municipality: string }) {
  const { t } = useTranslation('casework');
  const interviews = useInterviews(municipality, view.id);
  const open = view.status !== 'CLOSED' && view.status !== 'REJECTED';
  const canWrite = rightsIn(me, 'casework').has('write') && open;
  return (
    <section id="interviews" aria-labelledby="interviews-title" className="mb-5">
      <h2 id="interviews-title" className="h3">
        {t('interview.title')}
      </h2>
      {interviews.isPending && <Loading label={t('interview.loading')} />}
      {interviews.isError && <ProblemAlert error={interviews.error} onRetry={() => void interviews.refetch()} headingLevel={3} />}
      {interviews.data?.length === 0 && <p>{t('interview.none')}</p>}
      {interviews.data && interviews.data.length > 0 && (
        <ul className="list-unstyled">
          {interviews.data.map((interview) => (
            <Interview key={interview.id} interview={interview} view={view} municipality={municipality} canWrite={canWrite} />
          ))}
        </ul>
      )}
      {canWrite && <ScheduleForm view={view} municipality={municipality} />}
    </section>
  );
}

function Interview({ interview, view, municipality, canWrite }: { interview: InterviewView; view: CaseView; municipality: string; canWrite: boolean }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  useReportDirty(`interview-${interview.id}`, outcome.trim() !== '' || reason.trim() !== '');
  const record = useCaseMutation(municipality, view.id, (api, body: { version: number; outcome: string }) =>
    unwrap(api.PUT('/api/casework/cases/{caseId}/interviews/{interviewId}/outcome', {
      params: { path: { caseId: view.id, interviewId: interview.id } },
      body,
    })),
  );
  const cancel = useCaseMutation(municipality, view.id, (api, body: { version: number; reason: string }) =>
    unwrap(api.POST('/api/casework/cases/{caseId}/interviews/{interviewId}/cancellation', {
      params: { path: { caseId: view.id, interviewId: interview.id } },
      body,
    })),
  );
  // Cancelling asks first, and why: the reason stays in the case file where a held interview keeps its outcome.
  const confirmCancel = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setReasonError(ruleMessage(t, 'NotBlank'));
    cancel.mutate({ version: interview.version, reason: reason.trim() }, {
      onSuccess: () => { setCancelling(false); setReason(''); },
      onError: (e) => setReasonError(fieldErrorsOf(e, t).reason),
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.trim() === '') return setError(ruleMessage(t, 'NotBlank'));
    record.mutate({ version: interview.version, outcome: outcome.trim() }, {
      onSuccess: () => setOutcome(''),
      onError: (e) => setError(fieldErrorsOf(e, t).outcome),
    });
  };
  const id = `outcome-${interview.id}`;
  return (
    <li className="border rounded p-3 mb-3">
      <p className="mb-1">
        <strong>{format.dateTime(interview.scheduledFor)}</strong> · {interview.place} ·{' '}
        <span className="badge bg-secondary">{t(`interviewStatus.${interview.status}`)}</span>
      </p>
      {interview.participants.length > 0 && (
        <p className="small mb-1">{t('interview.participantsList', { names: interview.participants.join(', ') })}</p>
      )}
      <p className="small text-muted mb-1">{t('interview.scheduledBy', { name: interview.scheduledBy.displayName })}</p>
      {interview.outcome && (
        <>
          <h3 className="h6 mt-2 mb-1">{t('interview.outcome')}</h3>
          <p className="casa-pre mb-0">{interview.outcome}</p>
        </>
      )}
      {canWrite && interview.status === 'SCHEDULED' && (
        <form noValidate onSubmit={submit} className="mt-2">
          <TextArea id={id} label={t('interview.recordOutcome')} required value={outcome} error={error} maxLength={4000}
            onChange={(value) => { setOutcome(value); setError(undefined); }} />
          {record.isError && !error && <ProblemAlert error={record.error} headingLevel={3} />}
          <div className="d-flex gap-2">
            <SubmitButton pending={record.isPending}>{t('interview.saveOutcome')}</SubmitButton>
            {!cancelling && (
              <Button color="danger" outline type="button" onClick={() => setCancelling(true)}>
                {t('interview.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
      {canWrite && interview.status === 'SCHEDULED' && cancelling && (
        <form noValidate onSubmit={confirmCancel} className="mt-3 border-top pt-3" aria-labelledby={`${id}-cancel-title`}>
          <h3 id={`${id}-cancel-title`} className="h6">{t('interview.cancelTitle')}</h3>
          <TextArea id={`${id}-cancel-reason`} label={t('interview.cancelReason')} required value={reason} error={reasonError}
            maxLength={2000} onChange={(value) => { setReason(value); setReasonError(undefined); }} />
          {cancel.isError && !reasonError && <ProblemAlert error={cancel.error} headingLevel={3} />}
          <div className="d-flex gap-2">
            <SubmitButton pending={cancel.isPending} color="danger">{t('interview.confirmCancel')}</SubmitButton>
            <Button color="primary" outline type="button" onClick={() => { setCancelling(false); setReason(''); setReasonError(undefined); }}>
              {t('interview.keep')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

/** A joint interview is planned for later: one in the past would show as planned when it was held or missed. */
function inThePast(localDateTime: string): boolean {
  return new Date(localDateTime).getTime() < Date.now();
}

function ScheduleForm({ view, municipality }: { view: CaseView; municipality: string }) {
  const { t } = useTranslation('casework');
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState('');
  const [participants, setParticipants] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  useReportDirty('schedule', when !== '' || place !== '' || participants !== '');
  const schedule = useCaseMutation(municipality, view.id, (api, body: { scheduledFor: string; place: string; participants: string[] }) =>
    unwrap(api.POST('/api/casework/cases/{caseId}/interviews', { params: { path: { caseId: view.id } }, body })),
  );
  const errors: FieldErrors = { ...serverErrors };
  if (attempt > 0) {
    if (!when) errors.scheduledFor = ruleMessage(t, 'NotNull');
    else if (inThePast(when)) errors.scheduledFor = ruleMessage(t, 'FutureOrPresent');
    if (!place.trim()) errors.place = ruleMessage(t, 'NotBlank');
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!when || inThePast(when) || !place.trim()) return;
    schedule.mutate(
      {
        // The server wants an offset: the local time the user typed, with the browser's offset.
        scheduledFor: new Date(when).toISOString(),
        place: place.trim(),
        participants: participants.split('\n').map((p) => p.trim()).filter(Boolean),
      },
      {
        onSuccess: () => { setWhen(''); setPlace(''); setParticipants(''); setAttempt(0); },
        onError: (error) => setServerErrors(fieldErrorsOf(error, t)),
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3" aria-labelledby="schedule-title">
      <h3 id="schedule-title" className="h5">{t('interview.schedule')}</h3>
      {schedule.isError && Object.keys(serverErrors).length === 0 && <ProblemAlert error={schedule.error} headingLevel={3} />}
      <div className="row">
        <TextField className="col-12 col-md-6 mb-3" id="scheduledFor" type="datetime-local" label={t('interview.when')} required
          value={when} error={errors.scheduledFor} onChange={setWhen} />
        <TextField className="col-12 col-md-6 mb-3" id="place" label={t('interview.place')} required value={place}
          maxLength={200} error={errors.place} onChange={setPlace} />
      </div>
      <TextArea id="participants" label={t('interview.participants')} hint={t('interview.participantsHint')} value={participants}
        onChange={setParticipants} />
      <SubmitButton pending={schedule.isPending}>{t('interview.scheduleButton')}</SubmitButton>
    </form>
  );
}
