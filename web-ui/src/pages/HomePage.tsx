import { Card } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tenantName, type Me } from '../api/me';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { navigationFrom } from '../shell/navigation';
import { useModuleLabels } from '../shell/useModuleLabels';

/** Where the user lands: their working scope and a card for each module they may use. */
export function HomePage({ me, tenant }: { me: Me; tenant: string | null }) {
  const { t } = useTranslation();
  const labels = useModuleLabels();
  const entries = navigationFrom(me);
  const scope = tenantName(me, me.boundTenant ?? tenant);
  useDocumentTitle(null);
  return (
    <>
      <h1 tabIndex={-1}>{t('home.title', { name: me.displayName })}</h1>
      {(scope || me.canChooseTenant) && (
        <p className="lead">{scope ? t('home.scopeTenant', { name: scope }) : t('home.scopeDistrict')}</p>
      )}
      <h2 className="h4 mt-4">{t('home.modulesTitle')}</h2>
      {entries.length === 0 ? (
        <p>{t('home.noModules')}</p>
      ) : (
        <ul className="row list-unstyled g-4 mt-0">
          {entries.map((entry) => (
            <li key={entry.name} className="col-12 col-md-6 col-lg-4 d-flex">
              <Card className="w-100" rounded shadow="sm">
                <h3 className="it-card-title h5">
                  <Link to={entry.path}>{labels.name(entry.name)}</Link>
                </h3>
                <div className="it-card-body">
                  <p className="it-card-text mb-0">{labels.description(entry.name)}</p>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
