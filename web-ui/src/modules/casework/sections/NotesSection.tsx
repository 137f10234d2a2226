import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'design-react-kit';
import { unwrap } from '../../../api/client';
import { type Me, rightsIn } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCaseMutation, useNotes, type CaseView, type NoteView } from '../api';
import { SubmitButton, TextArea, type FieldErrors } from '../../../components/fields';
import { useReportDirty } from '../components/UnsavedChanges';
import { useFormat } from '../../../components/format';
import { NOTE_VISIBILITIES } from '../options';
import { fieldErrorsOf, ruleMessage } from '../problems';

/** The shared notes (information circularity): newest first, a restricted note marked as such. */
export function NotesSection({ view, me, municipality }: { view: CaseView; me: Me; municipality: string }) {
  const { t } = useTranslation('casework');
  const [page, setPage] = useState(0);
  const notes = useNotes(municipality, view.id, page);
  const rights = rightsIn(me, 'casework');
  const canWrite = rights.has('notes');
  const pageInfo = notes.data?.page;
  return (
    <section id="notes" aria-labelledby="notes-title" className="mb-5">
      <h2 id="notes-title" className="h3">
        {t('notes.title')}
      </h2>
      {canWrite && <NoteForm view={view} me={me} municipality={municipality} onShared={() => setPage(0)} />}
      {notes.isPending && <Loading label={t('notes.loading')} />}
      {notes.isError && <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} headingLevel={3} />}
      {notes.data && (notes.data.content ?? []).length === 0 && <p>{t('notes.empty')}</p>}
      {notes.data && (notes.data.content ?? []).length > 0 && (
        <ol className="list-unstyled casa-timeline" aria-label={t('notes.timeline')}>
          {(notes.data.content ?? []).map((note) => (
            <Note key={note.id} note={note} />
          ))}
        </ol>
      )}
      {pageInfo && pageInfo.totalPages > 1 && (
        <nav aria-label={t('notes.pagination')} className="d-flex gap-3 align-items-center">
          <Button color="primary" outline size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('notes.newer')}
          </Button>
          <span>{t('inbox.pageOf', { page: page + 1, total: pageInfo.totalPages })}</span>
          <Button color="primary" outline size="sm" disabled={page + 1 >= pageInfo.totalPages} onClick={() => setPage(page + 1)}>
            {t('notes.older')}
          </Button>
        </nav>
      )}
    </section>
  );
}

function Note({ note }: { note: NoteView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  return (
    <li className="border-start border-4 ps-3 mb-3">
      <p className="small mb-1">
        <strong>{note.author.displayName}</strong> ({t(`organisation.${note.organisation}`)}) ·{' '}
        <time dateTime={note.writtenAt}>{format.dateTime(note.writtenAt)}</time>
        {note.visibility !== 'ALL' && (
          <span className="badge bg-dark ms-2">{t(`visibility.short.${note.visibility}`)}</span>
        )}
      </p>
      <p className="mb-0 casa-pre">{note.text}</p>
    </li>
  );
}

function NoteForm({ view, me, municipality, onShared }: { view: CaseView; me: Me; municipality: string; onShared: () => void }) {
  const { t } = useTranslation('casework');
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<(typeof NOTE_VISIBILITIES)[number]>('ALL');
  const [errors, setErrors] = useState<FieldErrors>({});
  useReportDirty('note', text.trim() !== '');
  const share = useCaseMutation(municipality, view.id, (api, body: { text: string; visibility: typeof visibility }) =>
    unwrap(api.POST('/api/casework/cases/{caseId}/notes', { params: { path: { caseId: view.id } }, body })),
  );
  const allowed = NOTE_VISIBILITIES.filter((v) => v !== 'AGENCY_ONLY' || rightsIn(me, 'casework').has('triage'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setErrors({ text: ruleMessage(t, 'NotBlank') });
      return;
    }
    share.mutate(
      { text: text.trim(), visibility },
      {
        onSuccess: () => {
          setText('');
          setVisibility('ALL');
          setErrors({});
          onShared();
        },
        onError: (error) => setErrors(fieldErrorsOf(error, t)),
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="mb-4" aria-labelledby="note-form-title">
      <h3 id="note-form-title" className="h5">{t('notes.add')}</h3>
      {share.isError && Object.keys(errors).length === 0 && <ProblemAlert error={share.error} headingLevel={3} />}
      <TextArea id="text" label={t('notes.text')} required value={text} maxLength={10000} error={errors.text}
        readOnly={share.isPending}
        onChange={(value) => { setText(value); setErrors({}); }} />
      <fieldset className="mb-3">
        <legend className="form-label fw-semibold fs-6">{t('notes.visibility')}</legend>
        {allowed.map((option) => (
          <div className="form-check" key={option}>
            <input className="form-check-input" type="radio" name="visibility" id={`visibility-${option}`} value={option}
              checked={visibility === option} onChange={() => setVisibility(option)} />
            <label className="form-check-label" htmlFor={`visibility-${option}`}>{t(`visibility.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pending={share.isPending}>{t('notes.share')}</SubmitButton>
    </form>
  );
}
