import { useTranslation } from 'react-i18next';
import { useWording } from '../wording';
import { useFormat } from '../../../components/format';
import type { ProjectRevisionView, ProjectView } from '../api';

/** The agreed project as everyone on the case reads it: who agreed it, goals, actions and their owners, ways and times. */
export function ProjectText({ project }: { project: ProjectView }) {
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

/** Every revision of the project, newest first, with who made it and from which side. */
export function ProjectRevisions({ revisions }: { revisions: ProjectRevisionView[] }) {
  const { t } = useTranslation('casework');
  const word = useWording();
  const format = useFormat();
  if (revisions.length === 0) return null;
  return (
    <details className="mt-3">
      <summary>{t('project.revisions', { count: revisions.length })}</summary>
      <ol reversed className="mt-2">
        {revisions.map((revision) => (
          <li key={revision.revision}>
            {t('project.revisionItem', {
              revision: revision.revision,
              name: revision.changedBy.displayName,
              organisation: t(`organisation.${revision.organisation}`),
              date: format.dateTime(revision.changedAt),
            })}
            {' — '}{word(revision.summary)}
          </li>
        ))}
      </ol>
    </details>
  );
}
