import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { AppLayout } from '../shell/AppLayout';
import { LOGIN_URL } from './session';

/**
 * Where sign-out ends (/signed-out): the identity provider sends the browser here once it has ended its own session
 * too. Drawn without asking the server who the user is, since nobody is. `?provider=open` comes from a provider
 * that cannot end its session (no end-session endpoint): on a shared computer the browser must then be closed.
 */
export function SignedOutPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const providerStillOpen = params.get('provider') === 'open';
  useDocumentTitle(t('auth.signedOut.title'));
  return (
    <AppLayout tenant={null} onTenantChange={() => {}}>
      <section className="py-5" aria-labelledby="signed-out-title">
        <h1 id="signed-out-title" tabIndex={-1}>
          {t('auth.signedOut.title')}
        </h1>
        <p className="lead">{t(providerStillOpen ? 'auth.signedOut.providerOpen' : 'auth.signedOut.text')}</p>
        <Button color="primary" tag="a" href={LOGIN_URL}>
          {t('auth.signedOut.signInAgain')}
        </Button>
      </section>
    </AppLayout>
  );
}
