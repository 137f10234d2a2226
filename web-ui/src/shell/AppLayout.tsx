import { Skiplink, SkiplinkItem } from 'design-react-kit';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Me } from '../api/me';
import { SessionEndedNotice } from '../auth/SessionEnded';
import { AppHeader } from './AppHeader';

interface Props {
  me?: Me;
  tenant: string | null;
  onTenantChange: (tenant: string | null) => void;
  busy?: boolean;
  children: ReactNode;
}

/** Skip links, header, main landmark and footer around every page. */
export function AppLayout({ me, tenant, onTenantChange, busy = false, children }: Props) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // After client-side navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [pathname]);

  return (
    <>
      <Skiplink nav ariaLabel={t('skipLinks.label')}>
        <SkiplinkItem href="#main" navItem>
          {t('skipLinks.main')}
        </SkiplinkItem>
        {me && (
          <SkiplinkItem href="#casa-navigation" navItem>
            {t('skipLinks.nav')}
          </SkiplinkItem>
        )}
      </Skiplink>
      <AppHeader me={me} tenant={tenant} onTenantChange={onTenantChange} />
      <main id="main" ref={main} tabIndex={-1} className="container-xxl py-4 casa-main" aria-busy={busy}>
        <div className="row">
          <div className="col">
            {me && <SessionEndedNotice />}
            {children}
          </div>
        </div>
      </main>
      <footer className="it-footer d-print-none">
        <div className="it-footer-small-prints clearfix">
          <div className="container-xxl">
            <div className="row">
              <div className="col">
                <p className="py-3 mb-0 text-white small">{t('app.footer')}</p>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
