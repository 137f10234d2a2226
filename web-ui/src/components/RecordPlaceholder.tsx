import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/problem';
import { Loading } from './Loading';
import { ProblemAlert } from './ProblemAlert';

/**
 * What the page of one record (a case, an emergency) shows while the record loads, or when it cannot be read. Not
 * found and not allowed (404, 403) read the same, so the page does not tell that a record exists; other failures
 * offer to try again.
 */
export function RecordPlaceholder({
  query,
  breadcrumb,
  texts,
  back,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  breadcrumb: ReactNode;
  texts: { titleLoading: string; loading: string; notFound: string; notFoundText: string };
  back: { to: string; label: string };
}) {
  if (query.isPending) {
    return (
      <>
        <h1 tabIndex={-1}>{texts.titleLoading}</h1>
        <Loading label={texts.loading} />
      </>
    );
  }
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 403);
  return (
    <>
      {breadcrumb}
      <h1 tabIndex={-1}>{missing ? texts.notFound : texts.titleLoading}</h1>
      {missing ? <p>{texts.notFoundText}</p> : <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Link to={back.to}>{back.label}</Link>
    </>
  );
}
