import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, rightsIn } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useProject, useProjectRevisions, type CaseView, type ConsentScope } from '../api';
import { ProjectForm } from './ProjectForm';
import { ProjectRevisions, ProjectText } from './ProjectView';

/** The individual project: read by everyone on the case, written together by agency and municipality. */
export function ProjectSection({
  view,
  me,
  municipality,
  onRecordConsent,
}: {
  view: CaseView;
  me: Me;
  municipality: string;
  /** Opens the consent panel's form for the scope an action needs. */
  onRecordConsent: (scope: ConsentScope) => void;
}) {
  const { t } = useTranslation('casework');
  const project = useProject(municipality, view.id, view.projectAgreed);
  const revisions = useProjectRevisions(municipality, view.id, view.projectAgreed);
  const [editing, setEditing] = useState(false);
  const rights = rightsIn(me, 'casework');
  const canAgree = rights.has('write') && !view.projectAgreed && view.allowedStatuses.includes('IN_PROGRESS');
  const canRevise = rights.has('write') && view.projectAgreed && view.status === 'IN_PROGRESS';

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
          {revisions.data && <ProjectRevisions revisions={revisions.data} />}
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
          onRecordConsent={onRecordConsent}
        />
      )}
    </section>
  );
}
