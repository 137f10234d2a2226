import { Alert, Button } from 'design-react-kit';
import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isUnauthorized } from '../api/problem';
import { useSessionState } from '../auth/sessionState';

interface Message {
  title: string;
  detail: string | null;
}

/** The language the server writes its problems' title and detail in (for API clients and logs). */
const SERVER_LANGUAGE = 'en';

/** What the UI says for a status when it knows nothing more specific. */
function statusText(status: number, t: TFunction): Message {
  const generic = (detail: string) => ({ title: t('errors.title'), detail });
  if (status === 0) return generic(t('errors.network'));
  if (status === 401) return { title: t('session.ended.title'), detail: t('session.ended.detail') };
  if (status === 403) return generic(t('errors.forbidden'));
  if (status === 404) return generic(t('errors.notFound'));
  if (status === 409) return generic(t('errors.conflict'));
  if (status === 429 || status === 503) return generic(t('errors.busy'));
  if (status >= 400 && status < 500) return generic(t('errors.rejected'));
  return generic(t('errors.server', { status }));
}

/**
 * What the user reads for an error, always in their language. A problem's `code` is worded by the UI (`problems.<code>`
 * in the application's or a module's texts, with the problem's properties to fill in); without a translation, English
 * readers get the server's own title and detail and everyone else the UI's words for the status.
 */
export function describeError(error: unknown, t: TFunction, i18n: I18n): Message {
  if (!isApiError(error)) return { title: t('errors.title'), detail: null };
  // Whatever the server says, the user must read that the network failed or the session ended.
  if (error.status === 0 || error.status === 401) return statusText(error.status, t);
  const problem = error.problem;
  const code = typeof problem?.code === 'string' ? problem.code : null;
  if (code) {
    const namespaces = Object.keys(i18n.store?.data[i18n.language] ?? { translation: {} });
    const key = `problems.${code}`;
    if (i18n.exists(`${key}.detail`, { ns: namespaces })) {
      const values = { ...problem, ns: namespaces };
      const title = i18n.exists(`${key}.title`, { ns: namespaces })
        ? String(t(`${key}.title`, values))
        : statusText(error.status, t).title;
      return { title, detail: String(t(`${key}.detail`, values)) };
    }
  }
  const byStatus = statusText(error.status, t);
  if (i18n.language === SERVER_LANGUAGE && problem?.title?.trim()) {
    return { title: problem.title.trim(), detail: problem.detail?.trim() || null };
  }
  return byStatus;
}

interface Props {
  error: unknown;
  /** A failed load offers a retry; such an error does not take the focus (it may come from a background refresh). */
  onRetry?: () => void;
  /** 1 when the error is the whole page, so the page still has its main heading. */
  headingLevel?: 1 | 2 | 3;
}

/**
 * An error, in the reader's language. The error of something the user did (a save, a step) takes the focus and
 * scrolls into view when it appears, so that on a phone it is not left above the screen's top edge. An ended session
 * is left to the page's own notice, which offers to sign in again in another tab and keeps the page.
 */
export function ProblemAlert({ error, onRetry, headingLevel = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const session = useSessionState();
  const heading = useRef<HTMLHeadingElement>(null);
  const { title, detail } = describeError(error, t, i18n);
  const Heading = `h${headingLevel}` as const;
  const takesFocus = !onRetry;

  useEffect(() => {
    if (!takesFocus || !heading.current) return;
    heading.current.focus({ preventScroll: true });
    heading.current.scrollIntoView?.({ block: 'center' });
  }, [error, takesFocus]);

  // An ended session has one message for the whole page, over it (auth/SessionEnded), whichever calls noticed it.
  if (isUnauthorized(error) && session !== 'active') return null;
  return (
    <Alert color="danger" role="alert">
      <Heading ref={heading} className="h5 alert-heading" tabIndex={takesFocus || headingLevel === 1 ? -1 : undefined}>
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
