import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, readCookie } from '../api/http';
import { LOGOUT_URL, markLoggedOut } from './session';

/**
 * Logout is a real form POST (the server ends the session and redirects), carrying the CSRF token from
 * the XSRF-TOKEN cookie as Spring Security's _csrf parameter. The token is read at submit time, since the
 * server may have rotated it after the page was drawn.
 */
export function LogoutForm({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <form
      method="post"
      action={LOGOUT_URL}
      className={className}
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem('_csrf');
        if (input instanceof HTMLInputElement) input.value = readCookie(CSRF_COOKIE) ?? '';
        markLoggedOut();
      }}
    >
      <input type="hidden" name="_csrf" defaultValue="" />
      <Button type="submit" color="primary" size="sm" className="text-nowrap">
        {t('header.logout')}
      </Button>
    </form>
  );
}
