import { Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { clearLoggedOut, hasLoggedOut, LOGIN_URL, mayRedirectToLogin, startLogin } from './session';

/** Shown on 401: sends the browser to the server-side login, unless the user just signed out. */
export function LoginRequired() {
  const { t } = useTranslation();
  const location = useLocation();
  // Read once (state initialisers must not change anything: React may call them twice); the flag is then
  // cleared, so a later visit signs in as usual.
  const [loggedOut] = useState(hasLoggedOut);
  const [redirecting] = useState(() => !loggedOut && mayRedirectToLogin());
  const returnTo = location.pathname + location.search;
  useDocumentTitle(t(loggedOut ? 'auth.loggedOutTitle' : 'auth.loginRequiredTitle'));

  useEffect(() => {
    clearLoggedOut();
    if (redirecting) startLogin(returnTo);
  }, [redirecting, returnTo]);

  return (
    <section className="py-5" aria-labelledby="login-title">
      <h1 id="login-title" tabIndex={-1}>
        {t(loggedOut ? 'auth.loggedOutTitle' : 'auth.loginRequiredTitle')}
      </h1>
      <p className="lead">{t(loggedOut ? 'auth.loggedOutText' : 'auth.loginRequiredText')}</p>
      <Button
        color="primary"
        tag="a"
        href={LOGIN_URL}
        onClick={(event: React.MouseEvent) => {
          event.preventDefault();
          startLogin(returnTo);
        }}
      >
        {t('auth.login')}
      </Button>
    </section>
  );
}
