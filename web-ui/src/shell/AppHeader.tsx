import { Header, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../api/me';
import { LogoutForm } from '../auth/LogoutForm';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ModuleNav } from './ModuleNav';
import { navigationFrom } from './navigation';
import { TenantSwitcher } from './TenantSwitcher';

interface Props {
  /** Absent before login: the header then shows only the brand and the language. */
  me?: Me;
  tenant: string | null;
  onTenantChange: (tenant: string | null) => void;
}

export function AppHeader({ me, tenant, onTenantChange }: Props) {
  const { t } = useTranslation();
  const roles = me?.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ');
  return (
    <Headers sticky>
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
              <Link to="/" aria-label={t('app.homeLink')}>
                <div className="it-brand-text">
                  <div className="it-brand-title">{t('app.name')}</div>
                  <div className="it-brand-tagline d-none d-md-block">{t('app.fullName')}</div>
                </div>
              </Link>
            </div>
            {me && (
              <HeaderRightZone>
                <div className="casa-user">
                  <div className="casa-user-identity" role="group" aria-label={t('header.userLabel')}>
                    <span className="casa-user-name">{me.displayName}</span>
                    <span className="casa-user-role">{roles}</span>
                  </div>
                  <TenantSwitcher me={me} tenant={tenant} onChange={onTenantChange} />
                  <LogoutForm />
                </div>
              </HeaderRightZone>
            )}
          </HeaderContent>
        </Header>
        {me && (
          <Header type="navbar" theme="">
            <HeaderContent>
              <ModuleNav entries={navigationFrom(me)} />
            </HeaderContent>
          </Header>
        )}
      </div>
    </Headers>
  );
}
