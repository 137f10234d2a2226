import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useModuleLabels } from '../shell/useModuleLabels';

/** The entry page of a module; each module replaces it with its own screens. */
export function ModuleHomePage({ name }: { name: string }) {
  const { t } = useTranslation();
  const labels = useModuleLabels();
  const title = labels.name(name);
  useDocumentTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">{labels.description(name)}</p>
      <p>{t('moduleHome.comingSoon')}</p>
      <Link to="/">{t('moduleHome.backHome')}</Link>
    </>
  );
}
