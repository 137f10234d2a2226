import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from './sessionState';

/** Where the user signs in again without leaving the page: a page of CASA that needs a session, in another tab. */
export const SIGN_IN_AGAIN_URL = '/signed-in';

/** Opens the sign-in in another tab (a link, not a script's pop-up: no blocker stops it, phones open a tab). */
export function SignInAgainLink() {
  const { t } = useTranslation();
  return (
    <a className="btn btn-primary btn-sm" href={SIGN_IN_AGAIN_URL} target="casa-sign-in">
      {t('session.signInAgain')}
      <span className="visually-hidden"> {t('session.newTab')}</span>
    </a>
  );
}

/**
 * The one message of an ended session, whatever call noticed it (a save, a load): at the top of the page, it takes the
 * focus (and so scrolls into view) when it appears. Not sticky: it would cover the fields of the form it speaks for. What was typed stays on the page; the user signs in again in another
 * tab and comes back to save. After that sign-in it says so, politely.
 */
export function SessionEndedNotice() {
  const { t } = useTranslation();
  const state = useSessionState();
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state === 'ended') message.current?.focus();
  }, [state]);
  if (state === 'active') return null;
  if (state === 'restored') {
    return (
      <div className="alert alert-success" role="status">
        {t('session.restored')}
      </div>
    );
  }
  return (
    <div className="alert alert-warning" role="alert">
      <p className="mb-2" ref={message} tabIndex={-1}>
        <strong>{t('session.ended.title')}</strong> {t('session.ended.detail')}
      </p>
      <SignInAgainLink />
    </div>
  );
}
