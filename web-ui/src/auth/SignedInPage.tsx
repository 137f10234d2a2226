import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { announceSignedIn } from './sessionState';

/**
 * /signed-in: where "sign in again" lands, in its own tab, once the session is back. It tells the tab the user was
 * working in (which keeps their draft). It does not close itself: after the login's redirects a browser lets no script
 * close a tab, and a tab that vanishes leaves the user wondering what happened.
 */
export function SignedInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.signedIn.title'));
  useEffect(() => announceSignedIn(), []);
  return (
    <section className="py-5" aria-labelledby="signed-in-title">
      <h1 id="signed-in-title" tabIndex={-1}>
        {t('session.signedIn.title')}
      </h1>
      <p className="lead">{t('session.signedIn.text')}</p>
      <Link to="/">{t('moduleHome.backHome')}</Link>
    </section>
  );
}
