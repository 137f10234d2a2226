import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import type { Me } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  useCaseMutation,
  useProject,
  useProjectRevisions,
  type ActionRequest,
  type CaseView,
  type ProjectRequest,
  type ProjectView,
} from '../api';
import { ConflictPanel } from '../components/ConflictPanel';
import { ErrorSummary, FieldSet, ProgressBar, SelectField, SubmitButton, TextArea, TextField, fieldId, type FieldErrors } from '../components/forms';
import { useReportDirty } from '../components/UnsavedChanges';
import { useFormat } from '../format';
import { mergeProject, type ActionDraft, type ProjectDraft } from '../merge';
import { ACTION_STATUSES, OPERATOR_KINDS, OWNER_KINDS } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';
import { caseworkRights } from '../roles';

let nextKey = 0;
const newKey = () => `action-${(nextKey += 1)}`;

export function draftOf(project: ProjectView | undefined): ProjectDraft {
  if (!project) return { goals: [''], actions: [], waysAndTimes: '' };
  return {
    goals: [...project.goals],
    actions: project.actions.map((action) => ({
      id: action.id,
      key: action.id,
      description: action.description,
      ownerKind: action.owner.kind,
      ownerUserId: action.owner.userId ?? '',
      ownerName: action.owner.displayName,
      dueDate: action.dueDate ?? '',
      status: action.status,
    })),
    waysAndTimes: project.waysAndTimes,
  };
}

function toRequest(draft: ProjectDraft, version: number): ProjectRequest {
  return {
    version,
    goals: draft.goals.map((goal) => goal.trim()).filter(Boolean),
    actions: draft.actions.map((action) => ({
      id: action.id ?? null,
      description: action.description.trim(),
      owner: {
        kind: action.ownerKind as ActionRequest['owner']['kind'],
        userId: OPERATOR_KINDS.has(action.ownerKind) ? action.ownerUserId.trim() || null : null,
        displayName: action.ownerName.trim(),
      },
      dueDate: action.dueDate || null,
      status: action.status as ActionRequest['status'],
    })),
    waysAndTimes: draft.waysAndTimes.trim(),
  };
}

/** The server's checks on a project, with its field paths and codes. */
export function validateProject(draft: ProjectDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.goals.every((goal) => goal.trim() === '')) errors.goals = 'project.goals.required';
  draft.actions.forEach((action, index) => {
    if (action.description.trim() === '') errors[`actions[${index}].description`] = 'NotBlank';
    if (action.ownerName.trim() === '') errors[`actions[${index}].owner.displayName`] = 'NotBlank';
    if (OPERATOR_KINDS.has(action.ownerKind) && action.ownerUserId.trim() === '')
      errors[`actions[${index}].owner.userId`] = 'project.action.owner.userIdRequired';
  });
  return errors;
}

/** The individual project: read by everyone on the case, written together by agency and municipality. */
export function ProjectSection({ view, me, municipality }: { view: CaseView; me: Me; municipality: string }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const project = useProject(municipality, view.id, view.projectAgreed);
  const revisions = useProjectRevisions(municipality, view.id, view.projectAgreed);
  const [editing, setEditing] = useState(false);
  const rights = caseworkRights(me);
  const canAgree = rights.write && !view.projectAgreed && view.allowedStatuses.includes('IN_PROGRESS');
  const canRevise = rights.write && view.projectAgreed && view.status === 'IN_PROGRESS';

  return (
    <section id="project" aria-labelledby="project-title" className="mb-5">
      <h2 id="project-title" className="h3">
        {t('project.title')}
      </h2>
      {!view.projectAgreed && !editing && (
        <>
          <p>{view.status === 'REQUESTED' ? t('project.afterTriage') : t('project.none')}</p>
          {canAgree && (
            <Button color="primary" onClick={() => setEditing(true)}>
              {t('project.write')}
            </Button>
          )}
        </>
      )}
      {view.projectAgreed && project.isPending && <Loading label={t('project.loading')} />}
      {project.isError && <ProblemAlert error={project.error} onRetry={() => void project.refetch()} headingLevel={3} />}
      {project.data && !editing && (
        <>
          <ProjectText project={project.data} />
          {canRevise && (
            <Button color="primary" outline onClick={() => setEditing(true)}>
              {t('project.edit')}
            </Button>
          )}
          {revisions.data && revisions.data.length > 0 && (
            <details className="mt-3">
              <summary>{t('project.revisions', { count: revisions.data.length })}</summary>
              <ol reversed className="mt-2">
                {revisions.data.map((revision) => (
                  <li key={revision.revision}>
                    {t('project.revisionItem', {
                      revision: revision.revision,
                      name: revision.changedBy.displayName,
                      organisation: t(`organisation.${revision.organisation}`),
                      date: format.dateTime(revision.changedAt),
                    })}
                    {revision.summary && <> — {revision.summary}</>}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      {/* Stays mounted while the case reloads after saving (the agreed project is then being fetched), so that
          the form's own success handler still runs and closes it. */}
      {editing && (canAgree || canRevise) && (
        <ProjectForm
          view={view}
          me={me}
          municipality={municipality}
          project={project.data}
          onDone={() => setEditing(false)}
        />
      )}
    </section>
  );
}

function ProjectText({ project }: { project: ProjectView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  return (
    <>
      <p className="small text-muted">
        {t('project.agreed', { name: project.agreedBy.displayName, date: format.dateTime(project.agreedAt) })}
        {project.revision > 1 &&
          ` · ${t('project.lastChanged', { revision: project.revision, name: project.lastChangedBy.displayName, date: format.dateTime(project.lastChangedAt) })}`}
      </p>
      <h3 className="h5">{t('project.goals')}</h3>
      <ul>
        {project.goals.map((goal, index) => (
          <li key={index}>{goal}</li>
        ))}
      </ul>
      <h3 className="h5">{t('project.actions')}</h3>
      {project.actions.length === 0 ? (
        <p>{t('project.noActions')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t('project.actions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project.action.description')}</th>
                <th scope="col">{t('project.action.owner')}</th>
                <th scope="col">{t('project.action.dueDate')}</th>
                <th scope="col">{t('project.action.status')}</th>
                <th scope="col">{t('project.action.lastChanged')}</th>
              </tr>
            </thead>
            <tbody>
              {project.actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row" className="fw-normal">{action.description}</th>
                  <td>
                    {action.owner.displayName} <span className="small text-muted">({t(`ownerKind.${action.owner.kind}`)})</span>
                  </td>
                  <td>{action.dueDate ? format.date(action.dueDate) : '—'}</td>
                  <td>{t(`actionStatus.${action.status}`)}</td>
                  <td className="small">{action.lastChangedBy.displayName}, {format.dateTime(action.lastChangedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="h5">{t('project.waysAndTimes')}</h3>
      <p className="casa-pre">{project.waysAndTimes || '—'}</p>
    </>
  );
}

function ProjectForm({
  view,
  me,
  municipality,
  project,
  onDone,
}: {
  view: CaseView;
  me: Me;
  municipality: string;
  project: ProjectView | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation('casework');
  const [base, setBase] = useState(() => draftOf(project));
  const [draft, setDraft] = useState(base);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);
  useReportDirty('project', dirty);
  const agreeing = !project;

  const save = useCaseMutation(municipality, view.id, (api, body: ProjectRequest) =>
    agreeing
      ? unwrap(api.POST('/api/casework/cases/{caseId}/project', { params: { path: { caseId: view.id } }, body }))
      : unwrap(api.PUT('/api/casework/cases/{caseId}/project', { params: { path: { caseId: view.id } }, body })),
  );

  const clientErrors = validateProject(draft);
  const errors: FieldErrors = { ...serverErrors };
  if (attempt > 0) for (const [field, code] of Object.entries(clientErrors)) errors[field] = ruleMessage(t, code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    setServerErrors({});
    save.mutate(toRequest(draft, agreeing ? view.version : (project?.version ?? 0)), {
      onSuccess: () => {
        setBase(draft);
        onDone();
      },
      onError: (error) => {
        if (isStaleEdit(error)) setConflict(true);
        else setServerErrors(fieldErrorsOf(error, t));
      },
    });
  };

  const theirs = draftOf(project);
  const setAction = (index: number, change: Partial<ActionDraft>) =>
    setDraft((current) => ({
      ...current,
      actions: current.actions.map((action, i) => (i === index ? { ...action, ...change } : action)),
    }));

  return (
    <form noValidate onSubmit={submit} aria-labelledby="project-form-title" className="border rounded p-3">
      <h3 id="project-form-title" className="h4">
        {agreeing ? t('project.writeTitle') : t('project.editTitle')}
      </h3>
      {conflict && (
        <ConflictPanel
          theirs={<DraftSummary draft={theirs} who={project?.lastChangedBy.displayName} />}
          yours={<DraftSummary draft={draft} />}
          applying={save.isPending}
          onKeepTheirs={() => {
            setBase(theirs);
            setDraft(theirs);
            setConflict(false);
          }}
          onApplyYours={() => {
            setDraft(mergeProject(base, theirs, draft));
            setBase(theirs);
            setConflict(false);
          }}
        />
      )}
      <ErrorSummary errors={attempt > 0 ? errors : {}} labels={{ goals: t('project.goals'), waysAndTimes: t('project.waysAndTimes') }} attempt={attempt} />
      {save.isError && !isStaleEdit(save.error) && Object.keys(serverErrors).length === 0 && <ProblemAlert error={save.error} headingLevel={3} />}
      <FieldSet legend={t('project.goals')}>
        {errors.goals && (
          <div id="goals" tabIndex={-1} className="invalid-feedback d-block mb-2">
            {errors.goals}
          </div>
        )}
        {draft.goals.map((goal, index) => (
          <div key={index} className="d-flex gap-2 align-items-end">
            <TextField className="mb-3 flex-grow-1" id={`goals-${index}`} label={t('project.goal', { number: index + 1 })}
              value={goal} maxLength={500} error={errors[`goals[${index}]`]}
              onChange={(value) => setDraft((current) => ({ ...current, goals: current.goals.map((g, i) => (i === index ? value : g)) }))} />
            {draft.goals.length > 1 && (
              <Button color="danger" outline size="sm" className="mb-3" type="button"
                onClick={() => setDraft((current) => ({ ...current, goals: current.goals.filter((_, i) => i !== index) }))}>
                {t('project.removeGoal', { number: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        <Button color="primary" outline size="sm" type="button" onClick={() => setDraft((current) => ({ ...current, goals: [...current.goals, ''] }))}>
          {t('project.addGoal')}
        </Button>
      </FieldSet>
      <FieldSet legend={t('project.actions')}>
        {draft.actions.map((action, index) => {
          const id = (field: string) => fieldId(`actions[${index}].${field}`);
          return (
            <fieldset key={action.key} className="border rounded p-3 mb-3">
              <legend className="h6 float-none w-auto px-2 mb-0">{t('project.actionNumber', { number: index + 1 })}</legend>
              <TextField id={id('description')} label={t('project.action.description')} required value={action.description}
                maxLength={1000} error={errors[`actions[${index}].description`]} onChange={(description) => setAction(index, { description })} />
              <div className="row">
                <SelectField className="col-12 col-md-4 mb-3" id={id('owner-kind')} label={t('project.action.ownerKind')}
                  value={action.ownerKind} options={OWNER_KINDS.map((kind) => ({ value: kind, label: t(`ownerKind.${kind}`) }))}
                  onChange={(ownerKind) => setAction(index, { ownerKind })} />
                <TextField className="col-12 col-md-4 mb-3" id={id('owner-displayName')} label={t('project.action.ownerName')} required
                  value={action.ownerName} maxLength={200} error={errors[`actions[${index}].owner.displayName`]}
                  onChange={(ownerName) => setAction(index, { ownerName })} />
                {OPERATOR_KINDS.has(action.ownerKind) && (
                  <TextField className="col-12 col-md-4 mb-3" id={id('owner-userId')} label={t('project.action.ownerUserId')} required
                    hint={t('project.action.ownerUserIdHint')} value={action.ownerUserId} maxLength={200}
                    error={errors[`actions[${index}].owner.userId`]} onChange={(ownerUserId) => setAction(index, { ownerUserId })} />
                )}
              </div>
              <div className="row">
                <TextField className="col-12 col-md-4 mb-3" id={id('dueDate')} type="date" label={t('project.action.dueDate')}
                  value={action.dueDate} onChange={(dueDate) => setAction(index, { dueDate })} />
                <SelectField className="col-12 col-md-4 mb-3" id={id('status')} label={t('project.action.status')} value={action.status}
                  options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
                  onChange={(status) => setAction(index, { status })} />
              </div>
              <div className="d-flex flex-wrap gap-2">
                {OPERATOR_KINDS.has(action.ownerKind) && (
                  <Button color="primary" outline size="sm" type="button"
                    onClick={() => setAction(index, { ownerUserId: me.userId, ownerName: me.displayName })}>
                    {t('project.action.assignMe')}
                  </Button>
                )}
                <Button color="danger" outline size="sm" type="button"
                  onClick={() => setDraft((current) => ({ ...current, actions: current.actions.filter((_, i) => i !== index) }))}>
                  {t('project.removeAction', { number: index + 1 })}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <Button color="primary" outline size="sm" type="button"
          onClick={() => setDraft((current) => ({
            ...current,
            actions: [...current.actions, { id: null, key: newKey(), description: '', ownerKind: 'HOUSEHOLD', ownerUserId: '', ownerName: '', dueDate: '', status: 'PLANNED' }],
          }))}>
          {t('project.addAction')}
        </Button>
      </FieldSet>
      <TextArea id="waysAndTimes" label={t('project.waysAndTimes')} hint={t('project.waysAndTimesHint')} value={draft.waysAndTimes}
        maxLength={4000} rows={4} error={errors.waysAndTimes} onChange={(waysAndTimes) => setDraft((current) => ({ ...current, waysAndTimes }))} />
      {save.isPending && <ProgressBar label={t('form.saving')} />}
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton pending={save.isPending}>{agreeing ? t('project.agree') : t('project.saveRevision')}</SubmitButton>
        <Button color="primary" outline type="button" onClick={() => { setDraft(base); onDone(); }}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function DraftSummary({ draft, who }: { draft: ProjectDraft; who?: string | undefined }) {
  const { t } = useTranslation('casework');
  return (
    <>
      {who && <p className="small mb-1">{t('conflict.by', { name: who })}</p>}
      <p className="fw-semibold mb-0">{t('project.goals')}</p>
      <ul className="small">{draft.goals.filter(Boolean).map((goal, i) => <li key={i}>{goal}</li>)}</ul>
      <p className="fw-semibold mb-0">{t('project.actions')}</p>
      <ul className="small">
        {draft.actions.map((action) => (
          <li key={action.key}>
            {action.description} — {action.ownerName} ({t(`actionStatus.${action.status}`)})
          </li>
        ))}
      </ul>
      <p className="fw-semibold mb-0">{t('project.waysAndTimes')}</p>
      <p className="small casa-pre mb-0">{draft.waysAndTimes || '—'}</p>
    </>
  );
}
