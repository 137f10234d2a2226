import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { today, useFormat } from '../../../components/format';
import { useCaseOfEmergency, useEmergencyMutation } from '../api';
import { Choices, ErrorSummary, SubmitButton, TextArea, TextField } from '../components/fields';
import { missingForHandOver, fieldErrorsOf } from '../problems';
import { SaveProblem, Section, useReload, type SectionProps } from './Section';

/**
 * The closure: with a hand-over to case work (what it still lacks listed first) or without one (a note says why);
 * with follow-up items still open, it asks for confirmation listing them. Once closed, how it ended and a link to the
 * case opened for it.
 */
export function ClosureSection({ view, municipality, open }: SectionProps) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const [handOver, setHandOver] = useState('');
  const [consent, setConsent] = useState(today());
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  // Closing with follow-up items not done asks first; the question lists them and takes the focus.
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
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

  const openItems = view.followUp.filter((item) => !item.doneAt);
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
    if (openItems.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
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
        {confirming ? (
          <div ref={question} tabIndex={-1} role="alertdialog" aria-labelledby="closure-confirm-title" aria-describedby="closure-confirm-items"
            className="alert alert-warning">
            <p id="closure-confirm-title" className="fw-semibold mb-1">{t('closure.confirmTitle', { count: openItems.length })}</p>
            <ul id="closure-confirm-items" className="mb-3">
              {openItems.map((item) => (
                <li key={item.kind}>
                  {t(`followUp.${item.kind}`)}
                  {item.overdue && <> ({t('followUp.overdue')})</>}
                </li>
              ))}
            </ul>
            <div className="d-flex flex-wrap gap-2">
              <SubmitButton pending={close.isPending}>{t('closure.confirm')}</SubmitButton>
              <button type="button" className="btn btn-outline-primary" style={{ minHeight: '3rem' }} onClick={() => setConfirming(false)}>
                {t('closure.keepOpen')}
              </button>
            </div>
          </div>
        ) : (
          <SubmitButton pending={close.isPending} disabled={handOver === 'yes' && missing.length > 0}>
            {t('closure.submit')}
          </SubmitButton>
        )}
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