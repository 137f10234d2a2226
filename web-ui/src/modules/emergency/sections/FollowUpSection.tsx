import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { useFormat } from '../../../components/format';
import { useEmergencyMutation, type FollowUpItem } from '../api';
import { SaveProblem, Section, useReload, type SectionProps } from './Section';

/** The follow-up checklist: each item due a fixed time after the call, marked done (or undone) with one tap. */
export function FollowUpSection({ view, municipality, open }: SectionProps) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const mark = useEmergencyMutation(municipality, view.id, (api, input: { item: FollowUpItem['kind']; done: boolean }) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/follow-up/{item}', {
        params: { path: { emergencyId: view.id, item: input.item } },
        body: { version: view.version, done: input.done },
      }),
    ),
  );
  return (
    <Section id="followUp" title={t('followUp.title')}>
      <SaveProblem error={mark.error} onReload={reload} />
      <ul className="list-unstyled">
        {view.followUp.map((item) => (
          <li key={item.kind} id={`followUp-${item.kind}`}
            className={`border rounded p-3 mb-2 d-flex flex-wrap gap-3 align-items-center justify-content-between${item.overdue ? ' border-danger' : ''}`}>
            <div>
              <strong>{t(`followUp.${item.kind}`)}</strong>
              <br />
              {item.doneAt ? (
                <span>{t('followUp.doneAt', { time: format.dateTime(item.doneAt), name: item.doneBy?.displayName ?? '' })}</span>
              ) : (
                <span>
                  {t('followUp.dueAt', { time: format.dateTime(item.dueAt) })}
                  {item.overdue && (
                    <>
                      {' '}
                      <span className="badge bg-danger">{t('followUp.overdue')}</span>
                    </>
                  )}
                </span>
              )}
              {item.note && <span className="d-block small">{item.note}</span>}
            </div>
            {open && (
              <Button color="primary" outline={Boolean(item.doneAt)} style={{ minHeight: '3rem' }} disabled={mark.isPending}
                onClick={() => mark.mutate({ item: item.kind, done: !item.doneAt })}>
                {item.doneAt ? t('followUp.undo') : t('followUp.markDone')}
                <span className="visually-hidden">: {t(`followUp.${item.kind}`)}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}