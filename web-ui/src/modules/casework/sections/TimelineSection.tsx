import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormat } from '../../../components/format';
import { useTimeline, type CaseTimelineEntry, type CaseView } from '../api';

/**
 * What the other services (modules) did for the household, newest first: their entries on the case's timeline
 * (docs/adr/0016). Each entry is told in its module's own words ({@code <module>:timeline.<kind>}, its facts filling
 * the placeholders); an entry of a module whose words are not here is shown by its codes.
 */
export function TimelineSection({ view, municipality }: { view: CaseView; municipality: string }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [page, setPage] = useState(0);
  const timeline = useTimeline(municipality, view.id, page);
  const entries = timeline.data?.content ?? [];
  const pageInfo = timeline.data?.page;
  return (
    <section id="timeline" aria-labelledby="timeline-title" className="mb-5">
      <h2 id="timeline-title" className="h3">
        {t('timeline.title')}
      </h2>
      {timeline.isPending && <Loading label={t('timeline.loading')} />}
      {timeline.isError && <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} headingLevel={3} />}
      {timeline.isSuccess && entries.length === 0 && <p>{t('timeline.empty')}</p>}
      {entries.length > 0 && (
        <ol aria-label={t('timeline.list')} className="list-unstyled">
          {entries.map((entry) => (
            <li key={entry.id} className="border-start border-3 border-primary ps-3 mb-3">
              <div className="small text-muted">
                <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
              </div>
              <EntryText entry={entry} />
            </li>
          ))}
        </ol>
      )}
      {pageInfo && pageInfo.totalPages > 1 && (
        <nav aria-label={t('timeline.pagination')} className="d-flex gap-3 align-items-center">
          <Button color="primary" outline size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('timeline.newer')}
          </Button>
          <span>{t('inbox.pageOf', { page: page + 1, total: pageInfo.totalPages })}</span>
          <Button color="primary" outline size="sm" disabled={page + 1 >= pageInfo.totalPages} onClick={() => setPage(page + 1)}>
            {t('timeline.older')}
          </Button>
        </nav>
      )}
    </section>
  );
}

function EntryText({ entry }: { entry: CaseTimelineEntry }) {
  const { t } = useTranslation('casework');
  const fallback = t('timeline.unknown', { module: entry.module, kind: entry.kind });
  return <p className="mb-0">{t(`${entry.module}:timeline.${entry.kind}`, { ...entry.facts, defaultValue: fallback })}</p>;
}
