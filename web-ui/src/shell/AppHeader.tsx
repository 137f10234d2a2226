import { Header, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../api/me';
import { LogoutForm } from '../auth/LogoutForm';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ModuleNav } from './ModuleNav';
import { navigationFrom, platformNavigation } from './navigation';
import { TenantSwitcher } from './TenantSwitcher';

interface Props {
  /** Absent before login: the header then shows only the brand and the language. */
  me?: Me;
  tenant: string | null;
  onTenantChange: (tenant: string | null) => void;
}

/**
 * Bootstrap Italia's three-part header (slim, centre, navbar), then a context bar with who is signed in
 * and for which municipality they act: it stays the same on every screen size, where the centre header
 * has no room for it on a phone.
 */
export function AppHeader({ me, tenant, onTenantChange }: Props) {
  const { t } = useTranslation();
  const roles = me?.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ');
  // A partner's people work for an organisation: its name beside their role.
  const role = me?.organisation ? `${roles} · ${me.organisation.name}` : roles;
  return (
    <header className="d-print-none">
      <Headers>
        <Header type="slim" theme="">
          <HeaderContent>
            <span className="casa-organisation">{t('app.organisation')}</span>
            <HeaderRightZone>
              <LanguageSwitcher />
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" small theme="">
            <HeaderContent>
              {/* design-react-kit's HeaderBrand renders a plain <a> (a full page load): a router Link instead. */}
              <div className="it-brand-wrapper">
                <Link to="/">
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.fullName')}</div>
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
          {me && (
            <Header type="navbar" theme="">
              <HeaderContent expand="lg" aria-label={t('header.navLabel')} id="casa-navigation">
                <ModuleNav entries={[...navigationFrom(me), ...platformNavigation(me)]} />
              </HeaderContent>
            </Header>
          )}
        </div>
      </Headers>
      {me && (
        <div className="casa-context">
          <div className="container-xxl">
            <div className="row">
              <div className="col casa-context-content">
                <div className="casa-user" role="group" aria-label={t('header.userLabel')}>
                  <span className="casa-user-name">{me.displayName}</span>
                  <span className="casa-user-role">{role}</span>
                </div>
                <TenantSwitcher me={me} tenant={tenant} onChange={onTenantChange} />
                <LogoutForm className="casa-logout" />
              </div>
            </div>
          </div>
        </div>
      )}
    </header>
  );
}
