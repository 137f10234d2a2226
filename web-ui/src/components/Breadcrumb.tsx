import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where a page sits: the module's list it was opened from, then the page itself. */
export function Breadcrumb({ parent, current }: { parent: { to: string; label: string }; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb-container">
      <ol className="breadcrumb">
        <li className="breadcrumb-item">
          <Link to={parent.to}>{parent.label}</Link>
          <span className="separator" aria-hidden="true">/</span>
        </li>
        <li className="breadcrumb-item active" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
