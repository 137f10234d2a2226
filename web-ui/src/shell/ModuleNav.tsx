import { Collapse, HeaderToggler, Icon, Nav, NavItem } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavEntry } from './navigation';
import { useModuleLabels } from './useModuleLabels';

/**
 * The links of the main navigation (the <nav> landmark is the header's navbar): one per module the server
 * allows, in a side panel on small screens.
 */
export function ModuleNav({ entries }: { entries: NavEntry[] }) {
  const { t } = useTranslation();
  const labels = useModuleLabels();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <HeaderToggler
        aria-controls="casa-nav"
        aria-label={t(open ? 'header.menuClose' : 'header.menuOpen')}
        isOpen={open}
        onClick={() => setOpen(!open)}
      >
        <Icon icon="it-burger" aria-hidden />
      </HeaderToggler>
      <Collapse
        navbar
        header
        isOpen={open}
        onOverlayClick={close}
        closeSrText={t('header.menuClose')}
        id="casa-nav"
      >
        <div className="menu-wrapper">
          <Nav navbar>
            {entries.map((entry) => (
              <NavItem key={entry.name}>
                <NavLink className="nav-link" to={entry.path} onClick={close}>
                  <span>{labels.name(entry.name)}</span>
                </NavLink>
              </NavItem>
            ))}
          </Nav>
        </div>
      </Collapse>
    </>
  );
}
