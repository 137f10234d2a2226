import { Alert, Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';

interface Message {
  title: string;
  detail: string | null;
}

/** What the user reads for an error: the server's problem title and detail when it sent them. */
export function describeError(error: unknown, t: TFunction): Message {
  if (!isApiError(error)) {
    return { title: t('errors.title'), detail: null };
  }
  const fallback =
    error.status === 0
      ? t('errors.network')
      : error.status === 403
        ? t('errors.forbidden')
        : error.status === 404
          ? t('errors.notFound')
          : t('errors.server', { status: error.status });
  const title = error.problem?.title?.trim() || t('errors.title');
  const detail = error.problem?.detail?.trim() || (error.problem?.title ? null : fallback);
  return { title, detail };
}

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** 1 when the error is the whole page, so the page still has its main heading. */
  headingLevel?: 1 | 2 | 3;
}

export function ProblemAlert({ error, onRetry, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  const Heading = `h${headingLevel}` as const;
  return (
    <Alert color="danger" role="alert">
      <Heading className="h5 alert-heading" tabIndex={headingLevel === 1 ? -1 : undefined}>
        {title}
      </Heading>
      {detail && <p className="mb-0">{detail}</p>}
      {onRetry && (
        <Button color="primary" outline size="sm" className="mt-3" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
