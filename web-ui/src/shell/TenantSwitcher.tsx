import { useTranslation } from 'react-i18next';
import type { Me } from '../api/me';
import { tenantName } from '../api/me';

interface Props {
  me: Me;
  tenant: string | null;
  onChange: (tenant: string | null) => void;
}

const DISTRICT = '';

/**
 * Agency staff choose the district view ("Tutto l'Ambito") or one municipality; everyone else sees the
 * municipality they are bound to, if any. The server decides who may choose (canChooseTenant).
 */
export function TenantSwitcher({ me, tenant, onChange }: Props) {
  const { t } = useTranslation();
  if (!me.canChooseTenant) {
    const bound = tenantName(me, me.boundTenant);
    return bound ? <span className="casa-tenant-current">{t('header.tenant.current', { name: bound })}</span> : null;
  }
  return (
    <div className="casa-tenant-switcher">
      <label htmlFor="casa-tenant" className="casa-tenant-label">
        {t('header.tenant.label')}
      </label>
      <select
        id="casa-tenant"
        className="form-select form-select-sm"
        value={tenant ?? DISTRICT}
        onChange={(event) => onChange(event.target.value === DISTRICT ? null : event.target.value)}
      >
        <option value={DISTRICT}>{t('header.tenant.district')}</option>
        {me.tenants.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
