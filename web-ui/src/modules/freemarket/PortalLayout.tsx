import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { rightsIn, type Me } from '../../api/me';

/**
 * Free Market's own layout: a side menu with what this user may open (a partner: its offers and a new offer; the
 * agency: also the market), then the page. On a phone the menu sits above the page.
 */
export function PortalLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation('freemarket');
  const rights = rightsIn(me, 'freemarket');
  const items = [
    ...(rights.has('offer') ? [{ to: '/freemarket', label: t(me.organisation ? 'menu.myOffers' : 'menu.agencyOffers'), end: true }] : []),
    ...(rights.has('offer') ? [{ to: '/freemarket/offers/new', label: t('menu.newOffer'), end: true }] : []),
    ...(rights.has('district') ? [{ to: '/freemarket/market', label: t('menu.market'), end: false }] : []),
  ];
  return (
    <div className="row">
      <div className="col-12 col-lg-3 mb-3">
        <nav aria-label={t('menu.label')} className="sidebar-wrapper border-end pe-lg-3">
          {me.organisation && <p className="fw-semibold mb-2">{me.organisation.name}</p>}
          <ul className="link-list list-unstyled">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}
                  className={({ isActive }) => `list-item d-block py-2${isActive ? ' active fw-semibold' : ''}`}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="col-12 col-lg-9">{children}</div>
    </div>
  );
}
