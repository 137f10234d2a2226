import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import type { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormat } from '../../../components/format';
import { useCaseApi, useCaseMutation, type CaseView, type ChecklistRequest, type GradeProposal, type HouseholdView } from '../api';
import { ConflictPanel } from '../components/ConflictPanel';
import { Checkbox, ErrorSummary, FieldSet, ProgressBar, RequiredMark, SelectField, SubmitButton, TextArea, TextField, type FieldErrors } from '../../../components/fields';
import { useReportDirty } from '../components/UnsavedChanges';
import { mergeFields } from '../merge';
import { ARREARS, SOCIAL_NETWORKS, WORK_SITUATIONS } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';
import { ReasonList } from './GradeSection';

/** A yes-or-no question of the checklist: empty until the operator answers it ("not yet assessed"). */
type Answer = 'yes' | 'no' | '';

export interface ChecklistForm {
  arrears: string[];
  /** Answered "no arrears" (an empty list is otherwise "not yet assessed"). */
  noArrears: boolean;
  evictionInProgress: Answer;
  evictionDate: string;
  residencePermitExpiry: string;
  /** Empty until assessed. */
  socialNetwork: string;
  work: string;
  noSavings: Answer;
  violence: Answer;
  pendingCriminalProceedings: Answer;
  fragileMembers: Answer;
  unsafeDwelling: Answer;
  noPlaceToLive: Answer;
  monthlyRent: string;
  monthlyHouseholdIncome: string;
}

const FLAGS = ['noPlaceToLive', 'violence', 'unsafeDwelling', 'pendingCriminalProceedings', 'fragileMembers', 'noSavings'] as const;

const answer = (value: boolean | undefined | null): Answer => (value == null ? '' : value ? 'yes' : 'no');

/**
 * The checklist of the latest triage; for a first triage, "not yet assessed" everywhere except what the request and
 * the household state: an eviction in progress (with its hearing), fragile members (minors, disability), the nearest
 * residence permit's expiry.
 */
export function checklistFormOf(view: CaseView, household?: HouseholdView): ChecklistForm {
  const latest = [...view.gradeHistory].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0]?.checklist;
  if (latest) {
    return {
      arrears: [...latest.arrears],
      noArrears: latest.arrears.length === 0,
      evictionInProgress: answer(latest.evictionInProgress),
      evictionDate: latest.evictionDate ?? '',
      residencePermitExpiry: latest.residencePermitExpiry ?? '',
      socialNetwork: latest.socialNetwork,
      work: latest.work,
      noSavings: answer(latest.noSavings),
      violence: answer(latest.violence),
      pendingCriminalProceedings: answer(latest.pendingCriminalProceedings),
      fragileMembers: answer(latest.fragileMembers),
      unsafeDwelling: answer(latest.unsafeDwelling),
      noPlaceToLive: answer(latest.noPlaceToLive),
      monthlyRent: latest.monthlyRent != null ? String(latest.monthlyRent) : '',
      monthlyHouseholdIncome: latest.monthlyHouseholdIncome != null ? String(latest.monthlyHouseholdIncome) : '',
    };
  }
  const eviction = view.housingSituation === 'EVICTION_IN_PROGRESS';
  const permits = (household?.members ?? []).map((member) => member.residencePermitExpiry).filter((date): date is string => Boolean(date)).sort();
  return {
    arrears: [],
    noArrears: false,
    evictionInProgress: eviction ? 'yes' : '',
    evictionDate: eviction ? (view.hearingDate ?? '') : '',
    residencePermitExpiry: permits[0] ?? '',
    socialNetwork: '',
    work: '',
    noSavings: '',
    violence: '',
    pendingCriminalProceedings: '',
    fragileMembers: household?.fragileMembers ? 'yes' : '',
    unsafeDwelling: '',
    noPlaceToLive: '',
    monthlyRent: '',
    monthlyHouseholdIncome: '',
  };
}

/** The checklist as the server takes it: a question not yet answered is left out (a proposal skips it). */
export function toChecklist(form: ChecklistForm): ChecklistRequest {
  const amount = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const flag = (value: Answer) => (value === '' ? null : value === 'yes');
  return {
    arrears: form.arrears.length > 0 || form.noArrears ? (form.arrears as ChecklistRequest['arrears']) : null,
    evictionInProgress: flag(form.evictionInProgress),
    evictionDate: form.evictionInProgress === 'yes' && form.evictionDate ? form.evictionDate : null,
    residencePermitExpiry: form.residencePermitExpiry || null,
    socialNetwork: (form.socialNetwork || null) as ChecklistRequest['socialNetwork'],
    work: (form.work || null) as ChecklistRequest['work'],
    noSavings: flag(form.noSavings),
    violence: flag(form.violence),
    pendingCriminalProceedings: flag(form.pendingCriminalProceedings),
    fragileMembers: flag(form.fragileMembers),
    unsafeDwelling: flag(form.unsafeDwelling),
    noPlaceToLive: flag(form.noPlaceToLive),
    monthlyRent: amount(form.monthlyRent),
    monthlyHouseholdIncome: amount(form.monthlyHouseholdIncome),
  };
}

/** The questions a triage needs answered, by the server's field paths. */
export function unansweredQuestions(form: ChecklistForm): string[] {
  const missing: string[] = [];
  if (form.arrears.length === 0 && !form.noArrears) missing.push('checklist.arrears');
  if (!form.evictionInProgress) missing.push('checklist.evictionInProgress');
  if (!form.socialNetwork) missing.push('checklist.socialNetwork');
  if (!form.work) missing.push('checklist.work');
  for (const question of FLAGS) if (!form[question]) missing.push(`checklist.${question}`);
  return missing;
}

/** The server's checks on a checklist, with its codes. */
export function validateChecklist(form: ChecklistForm): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of ['monthlyRent', 'monthlyHouseholdIncome'] as const) {
    const text = form[field].trim().replace(',', '.');
    if (text === '') continue;
    if (!/^\d{1,8}(\.\d{1,2})?$/.test(text)) errors[`checklist.${field}`] = Number(text) < 0 ? `triage.${field}.negative` : 'Digits';
  }
  return errors;
}

/** Triage (agency operators): the checklist, the grade the system proposes and why, the grade chosen. */
export function TriageSection({ view, household, municipality }: { view: CaseView; household?: HouseholdView; municipality: string }) {
  const { t } = useTranslation('casework');
  const api = useCaseApi(municipality);
  const [base, setBase] = useState(() => checklistFormOf(view, household));
  const [form, setForm] = useState(base);
  // The grade in force stays chosen until the operator chooses another one (a first triage starts from the proposal).
  const [baseGrade, setBaseGrade] = useState(view.grade ? String(view.grade) : '');
  const [grade, setGrade] = useState(baseGrade);
  const [overrideReason, setOverrideReason] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(base) || grade !== baseGrade || overrideReason !== '';
  useReportDirty('triage', dirty);

  const checklist = useMemo(() => toChecklist(form), [form]);
  const checklistErrors = validateChecklist(form);
  // The proposal follows the checklist as it is filled in; asking changes nothing on the server.
  const [asked, setAsked] = useState(checklist);
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(checklist), 400);
    return () => window.clearTimeout(timer);
  }, [checklist]);
  const proposal = useQuery<GradeProposal, ApiError>({
    queryKey: ['casework', 'proposal', municipality, view.id, asked],
    enabled: Object.keys(checklistErrors).length === 0,
    placeholderData: (previous) => previous,
    queryFn: () =>
      unwrap(
        api.POST('/api/casework/cases/{caseId}/grade-proposal', { params: { path: { caseId: view.id } }, body: asked }),
      ),
  });
  const proposed = proposal.data?.grade ?? null;
  const chosen = grade ? Number(grade) : proposed;
  const overriding = proposed !== null && chosen !== null && chosen !== proposed;

  const triage = useCaseMutation(municipality, view.id, (client, body: { version: number; checklist: ChecklistRequest; grade: number; overrideReason: string | null }) =>
    unwrap(client.POST('/api/casework/cases/{caseId}/triage', { params: { path: { caseId: view.id } }, body })),
  );

  const unanswered = unansweredQuestions(form);
  const errors: FieldErrors = { ...serverErrors };
  if (attempt > 0) {
    for (const [field, code] of Object.entries(checklistErrors)) errors[field] = ruleMessage(t, code);
    for (const field of unanswered) errors[field] = ruleMessage(t, 'triage.answer.required');
    if (!chosen) errors.grade = ruleMessage(t, 'NotNull');
    if (overriding && overrideReason.trim() === '') errors.overrideReason = ruleMessage(t, 'gradeDecision.overrideReason.required');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.keys(checklistErrors).length > 0 || unanswered.length > 0 || !chosen || (overriding && overrideReason.trim() === '')) return;
    setServerErrors({});
    triage.mutate(
      { version: view.version, checklist, grade: chosen, overrideReason: overriding ? overrideReason.trim() : null },
      {
        onSuccess: (saved) => {
          const next = checklistFormOf(saved);
          setBase(next);
          setForm(next);
          // What was saved is the grade in force: it stays chosen.
          const savedGrade = saved.grade ? String(saved.grade) : '';
          setBaseGrade(savedGrade);
          setGrade(savedGrade);
          setOverrideReason('');
          setAttempt(0);
        },
        onError: (error) => {
          if (isStaleEdit(error)) setConflict(true);
          else setServerErrors(fieldErrorsOf(error, t));
        },
      },
    );
  };

  const theirs = checklistFormOf(view, household);
  const set = <K extends keyof ChecklistForm>(key: K, value: ChecklistForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setServerErrors((current) => {
      const next = { ...current };
      delete next[`checklist.${String(key)}`];
      delete next.checklist;
      return next;
    });
  };

  return (
    <section id="triage" aria-labelledby="triage-title" className="mb-5">
      <h2 id="triage-title" className="h3">
        {t('triage.title')}
      </h2>
      <p>{t('triage.lead')}</p>
      {conflict && (
        <ConflictPanel
          theirs={<TriageSummary form={theirs} grade={view.grade ?? null} who={lastDecider(view)} />}
          yours={<TriageSummary form={form} grade={chosen} />}
          applying={triage.isPending}
          onKeepTheirs={() => {
            setBase(theirs);
            setForm(theirs);
            setBaseGrade(view.grade ? String(view.grade) : '');
            setGrade(view.grade ? String(view.grade) : '');
            setOverrideReason('');
            setConflict(false);
          }}
          onApplyYours={() => {
            setForm(mergeFields(base, theirs, form));
            setBase(theirs);
            setConflict(false);
          }}
        />
      )}
      <ErrorSummary errors={attempt > 0 ? errors : {}} attempt={attempt} labels={{
        grade: t('triage.grade'),
        overrideReason: t('triage.overrideReason'),
        'checklist.arrears': t('triage.arrears'),
        'checklist.evictionInProgress': t('triage.evictionInProgress'),
        'checklist.socialNetwork': t('triage.socialNetwork'),
        'checklist.work': t('triage.work'),
        ...Object.fromEntries(FLAGS.map((flag) => [`checklist.${flag}`, t(`triage.flag.${flag}`)])),
      }} />
      {triage.isError && !isStaleEdit(triage.error) && Object.keys(serverErrors).length === 0 && <ProblemAlert error={triage.error} headingLevel={3} />}
      <form noValidate onSubmit={submit}>
        <FieldSet legend={t('triage.housing')}>
          <fieldset id="checklist-arrears" tabIndex={-1} className="mb-3">
            <legend className="form-label fw-semibold fs-6">{t('triage.arrears')}</legend>
            {ARREARS.map((kind) => (
              <Checkbox key={kind} id={`triage-arrears-${kind}`} label={t(`arrears.${kind}`)} checked={form.arrears.includes(kind)}
                onChange={(on) => {
                  set('arrears', on ? [...form.arrears, kind] : form.arrears.filter((k) => k !== kind));
                  if (on) set('noArrears', false);
                }} />
            ))}
            <Checkbox id="triage-arrears-none" label={t('triage.noArrears')} checked={form.noArrears}
              onChange={(on) => {
                set('noArrears', on);
                if (on) set('arrears', []);
              }} />
            {errors['checklist.arrears'] && <div className="invalid-feedback d-block">{errors['checklist.arrears']}</div>}
          </fieldset>
          <YesNo id="checklist-evictionInProgress" label={t('triage.evictionInProgress')} value={form.evictionInProgress}
            error={errors['checklist.evictionInProgress']} onChange={(value) => set('evictionInProgress', value)} />
          {form.evictionInProgress === 'yes' && (
            <TextField id="checklist-evictionDate" type="date" label={t('triage.evictionDate')} value={form.evictionDate}
              error={errors['checklist.evictionDate']} onChange={(value) => set('evictionDate', value)} />
          )}
          <div className="row">
            <TextField className="col-12 col-md-6 mb-3" id="checklist-monthlyRent" type="number" label={t('triage.monthlyRent')}
              value={form.monthlyRent} error={errors['checklist.monthlyRent']} onChange={(value) => set('monthlyRent', value)} />
            <TextField className="col-12 col-md-6 mb-3" id="checklist-monthlyHouseholdIncome" type="number"
              label={t('triage.monthlyHouseholdIncome')} value={form.monthlyHouseholdIncome}
              error={errors['checklist.monthlyHouseholdIncome']} onChange={(value) => set('monthlyHouseholdIncome', value)} />
          </div>
        </FieldSet>
        <FieldSet legend={t('triage.dimensions')}>
          <div className="row">
            <SelectField className="col-12 col-md-6 mb-3" id="checklist-socialNetwork" label={t('triage.socialNetwork')} required
              value={form.socialNetwork} placeholder={t('triage.notAssessed')} error={errors['checklist.socialNetwork']}
              options={SOCIAL_NETWORKS.map((v) => ({ value: v, label: t(`socialNetwork.${v}`) }))}
              onChange={(value) => set('socialNetwork', value)} />
            <SelectField className="col-12 col-md-6 mb-3" id="checklist-work" label={t('triage.work')} required value={form.work}
              placeholder={t('triage.notAssessed')} error={errors['checklist.work']}
              options={WORK_SITUATIONS.map((v) => ({ value: v, label: t(`work.${v}`) }))} onChange={(value) => set('work', value)} />
          </div>
          <TextField id="checklist-residencePermitExpiry" type="date" label={t('triage.residencePermitExpiry')}
            value={form.residencePermitExpiry} onChange={(value) => set('residencePermitExpiry', value)} />
          {FLAGS.map((flag) => (
            <YesNo key={flag} id={`checklist-${flag}`} label={t(`triage.flag.${flag}`)} value={form[flag]}
              error={errors[`checklist.${flag}`]} onChange={(value) => set(flag, value)} />
          ))}
        </FieldSet>

        <div className="casa-proposal border rounded p-3 mb-3" aria-live="polite" aria-busy={proposal.isFetching}>
          <h3 className="h5">{t('triage.proposalTitle')}</h3>
          {proposal.isPending && proposal.fetchStatus !== 'idle' && <p>{t('triage.proposalLoading')}</p>}
          {proposal.isError && <ProblemAlert error={proposal.error} headingLevel={3} />}
          {proposal.data && (
            <>
              <p className="fw-semibold">{t('triage.proposed', { grade: t(`grade.${proposal.data.grade}`) })}</p>
              <ReasonList reasons={proposal.data.reasons} />
            </>
          )}
        </div>

        <fieldset id="grade" className="mb-3" tabIndex={-1} aria-describedby={errors.grade ? 'grade-error' : undefined}>
          <legend className="form-label fw-semibold fs-6">{t('triage.grade')}</legend>
          {view.grade && <p className="small mb-2">{t('triage.gradeInForce', { grade: t(`grade.${view.grade}`) })}</p>}
          {[1, 2, 3, 4].map((number) => (
            <div className="form-check" key={number}>
              <input className="form-check-input" type="radio" name="grade" id={`grade-${number}`} value={number}
                checked={chosen === number} onChange={() => setGrade(String(number))} />
              <label className="form-check-label" htmlFor={`grade-${number}`}>
                {t(`grade.${number}`)}
                {proposed === number && <> — {t('triage.proposedMark')}</>}
              </label>
            </div>
          ))}
          {errors.grade && <div id="grade-error" className="invalid-feedback d-block">{errors.grade}</div>}
        </fieldset>
        {overriding && (
          <TextArea id="overrideReason" required label={t('triage.overrideReason')} hint={t('triage.overrideHint')}
            value={overrideReason} error={errors.overrideReason} maxLength={2000} onChange={setOverrideReason} />
        )}
        {triage.isPending && <ProgressBar label={t('triage.saving')} />}
        <SubmitButton pending={triage.isPending}>{t('triage.submit')}</SubmitButton>
      </form>
    </section>
  );
}

function lastDecider(view: CaseView): string | undefined {
  return [...view.gradeHistory].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0]?.decidedBy.displayName;
}

function TriageSummary({ form, grade, who }: { form: ChecklistForm; grade: number | null; who?: string | undefined }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const items = [
    form.arrears.length ? `${t('triage.arrears')}: ${form.arrears.map((k) => t(`arrears.${k}`)).join(', ')}` : null,
    form.evictionInProgress === 'yes' ? `${t('triage.evictionInProgress')}${form.evictionDate ? ` (${format.date(form.evictionDate)})` : ''}` : null,
    `${t('triage.socialNetwork')}: ${form.socialNetwork ? t(`socialNetwork.${form.socialNetwork}`) : t('triage.notAssessed')}`,
    `${t('triage.work')}: ${form.work ? t(`work.${form.work}`) : t('triage.notAssessed')}`,
    ...FLAGS.filter((flag) => form[flag] === 'yes').map((flag) => t(`triage.flag.${flag}`)),
    form.monthlyRent ? `${t('triage.monthlyRent')}: ${format.money(form.monthlyRent)}` : null,
    form.monthlyHouseholdIncome ? `${t('triage.monthlyHouseholdIncome')}: ${format.money(form.monthlyHouseholdIncome)}` : null,
  ].filter(Boolean);
  return (
    <>
      <p className="mb-1">
        <strong>{grade ? t(`grade.${grade}`) : t('grade.none')}</strong>
        {who && <> · {t('conflict.by', { name: who })}</>}
      </p>
      <ul className="small mb-0">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** A yes-or-no question, unanswered until the operator answers it. */
function YesNo({ id, label, value, error, onChange }: { id: string; label: string; value: Answer; error?: string | undefined; onChange: (value: Answer) => void }) {
  const { t } = useTranslation('casework');
  return (
    <fieldset id={id} tabIndex={-1} className="mb-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="form-label fw-semibold fs-6">
        {label}
        <RequiredMark required />
      </legend>
      <div className="d-flex gap-4">
        {(['yes', 'no'] as const).map((option) => (
          <div className="form-check form-check-inline" key={option}>
            <input className="form-check-input" type="radio" name={id} id={`${id}-${option}`} checked={value === option}
              aria-invalid={error ? true : undefined} onChange={() => onChange(option)} />
            <label className="form-check-label" htmlFor={`${id}-${option}`}>{t(`triage.${option}`)}</label>
          </div>
        ))}
      </div>
      {!value && <div className="form-text">{t('triage.notAssessed')}</div>}
      {error && <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div>}
    </fieldset>
  );
}
