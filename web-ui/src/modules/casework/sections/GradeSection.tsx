import { useTranslation } from 'react-i18next';
import { useWording } from '../wording';
import type { CaseView, GradeReason } from '../api';
import { GradeBadge } from '../components/badges';
import { useFormat } from '../../../components/format';

/** The reasons of a grade proposal in words, with their dates and amounts ("the eviction is due on ..."). */
export function ReasonList({ reasons }: { reasons: GradeReason[] }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  return (
    <ul>
      {reasons.map((reason, index) => {
        const p = reason.parameters;
        const values: Record<string, unknown> = { ...p };
        for (const name of ['evictionDate', 'expiryDate']) if (p[name]) values[name] = format.date(p[name]);
        if (p.kinds) values.kinds = p.kinds.split(',').map((kind) => t(`arrears.${kind.trim()}`)).join(', ');
        if (p.daysLeft !== undefined) values.count = Number(p.daysLeft);
        return <li key={index}>{t(`criterion.${reason.criterion}`, values)}</li>;
      })}
    </ul>
  );
}

/** The current grade, what the system proposed and why, what the worker decided and the history of triages. */
export function GradeSection({ view }: { view: CaseView }) {
  const { t } = useTranslation('casework');
  const word = useWording();
  const format = useFormat();
  const history = [...view.gradeHistory].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
  const latest = history[0];
  return (
    <section id="grade" aria-labelledby="grade-title" className="mb-5">
      <h2 id="grade-title" className="h3">
        {t('case.grade.title')}
      </h2>
      {!latest ? (
        <p>{t('case.grade.notYet')}</p>
      ) : (
        <>
          <p className="fs-5">
            <GradeBadge grade={latest.chosenGrade} />{' '}
            <span className="ms-2">
              {t('case.grade.decided', { name: latest.decidedBy.displayName, date: format.dateTime(latest.decidedAt) })}
            </span>
          </p>
          <h3 className="h5">{t('case.grade.proposal', { grade: t(`grade.${latest.proposedGrade}`) })}</h3>
          <ReasonList reasons={latest.reasons} />
          {latest.chosenGrade !== latest.proposedGrade && (
            <div className="alert alert-warning">
              <h3 className="h6 alert-heading">
                {t('case.grade.override', {
                  proposed: t(`grade.${latest.proposedGrade}`),
                  chosen: t(`grade.${latest.chosenGrade}`),
                })}
              </h3>
              <p className="mb-0 casa-pre">{latest.overrideReason ?? (latest.overrideReasonWording && word(latest.overrideReasonWording))}</p>
            </div>
          )}
          {history.length > 1 && (
            <details>
              <summary>{t('case.grade.history', { count: history.length - 1 })}</summary>
              <ol className="mt-2">
                {history.slice(1).map((decision) => (
                  <li key={decision.decidedAt}>
                    {t('case.grade.historyItem', {
                      grade: t(`grade.${decision.chosenGrade}`),
                      proposed: t(`grade.${decision.proposedGrade}`),
                      name: decision.decidedBy.displayName,
                      date: format.dateTime(decision.decidedAt),
                    })}
                    {decision.overrideReason && <> — {decision.overrideReason}</>}
                    {decision.overrideReasonWording && <> — {word(decision.overrideReasonWording)}</>}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
