import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import type { Me } from '../../../api/me';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { consentInForce, useCaseMutation, useConsent, useStaff, type CaseView, type ConsentScope, type ProjectRequest, type ProjectView } from '../api';
import { ConflictPanel } from '../components/ConflictPanel';
import { ErrorSummary, FieldSet, ProgressBar, SelectField, SubmitButton, TextArea, TextField, fieldId, type FieldErrors } from '../../../components/fields';
import { useReportDirty } from '../components/UnsavedChanges';
import { mergeProject, type ActionDraft, type ProjectDraft } from '../merge';
import { ACTION_STATUSES, OPERATOR_KINDS, OWNER_KINDS } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';
import { draftOf, newAction, toRequest, validateProject } from '../projectDraft';

/**
 * Writes the project of a triaged case (agreeing it) or a revision of the agreed one. A stale save shows both
 * versions side by side and can re-apply the user's changes on theirs.
 */
export function ProjectForm({
  view,
  me,
  municipality,
  project,
  onDone,
  onRecordConsent,
}: {
  view: CaseView;
  me: Me;
  municipality: string;
  project: ProjectView | undefined;
  onDone: () => void;
  onRecordConsent: (scope: ConsentScope) => void;
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

  const staff = useStaff(municipality);
  const consent = useConsent(municipality, view.householdId);
  const teamConsent = consentInForce(consent.data, 'AUTONOMY_TEAM');
  /** An action the team would get now (new, or moved to a team operator): it needs the household's consent. */
  const needsTeamConsent = (action: ActionDraft) => {
    if (action.ownerKind !== 'AUTONOMY_TEAM_OPERATOR' || teamConsent || !consent.data) return false;
    const before = project?.actions.find((existing) => existing.id === action.id);
    return !before || before.owner.kind !== action.ownerKind || (before.owner.userId ?? '') !== action.ownerUserId;
  };
  /** The colleagues of the chosen kind; an owner no longer listed stays choosable, so that saving keeps them. */
  const colleagues = (kind: string, userId: string, name: string) => {
    const listed = (staff.data ?? [])
      .filter((member) => member.roles.includes(kind))
      .map((member) => ({ value: member.userId, label: member.displayName }));
    if (userId && !listed.some((option) => option.value === userId)) listed.unshift({ value: userId, label: name || userId });
    return listed;
  };

  const clientErrors = validateProject(draft);
  draft.actions.forEach((action, index) => {
    if (needsTeamConsent(action)) clientErrors[`actions[${index}].owner.userId`] = 'consent.teamAction.missing';
  });
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
                {OPERATOR_KINDS.has(action.ownerKind) ? (
                  <SelectField className="col-12 col-md-8 mb-3" id={id('owner-userId')} label={t('project.action.operator')} required
                    hint={staff.isError ? t('project.action.operatorsUnavailable') : t('project.action.operatorHint')}
                    placeholder={t('project.action.chooseOperator')} value={action.ownerUserId}
                    options={colleagues(action.ownerKind, action.ownerUserId, action.ownerName)}
                    error={errors[`actions[${index}].owner.userId`] ?? errors[`actions[${index}].owner.displayName`]}
                    onChange={(ownerUserId) => setAction(index, {
                      ownerUserId,
                      ownerName: staff.data?.find((member) => member.userId === ownerUserId)?.displayName ?? action.ownerName,
                    })} />
                ) : (
                  <TextField className="col-12 col-md-8 mb-3" id={id('owner-displayName')} label={t('project.action.ownerName')} required
                    value={action.ownerName} maxLength={200} error={errors[`actions[${index}].owner.displayName`]}
                    onChange={(ownerName) => setAction(index, { ownerName })} />
                )}
              </div>
              {needsTeamConsent(action) && (
                <div className="alert alert-warning" role="note">
                  <p className="mb-2">{t('project.action.teamConsentMissing')}</p>
                  <Button color="primary" outline size="sm" type="button" onClick={() => onRecordConsent('AUTONOMY_TEAM')}>
                    {t('project.action.recordTeamConsent')}
                  </Button>
                </div>
              )}
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
            actions: [...current.actions, newAction()],
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
