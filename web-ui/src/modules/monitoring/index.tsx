import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me';
import { Loading } from '../../components/Loading';
import type { UiModule } from '../index';
import en from './locales/en.json';
import it from './locales/it.json';

// The dashboard and its chart library are a chunk of their own: loaded the first time a user opens monitoring.
const MonitoringRoutes = lazy(() => import('./MonitoringRoutes'));

function Monitoring({ me }: { me: Me }) {
  const { t } = useTranslation('monitoring');
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <MonitoringRoutes me={me} />
    </Suspense>
  );
}

export const monitoring: UiModule = { name: 'monitoring', Routes: Monitoring, translations: { it, en } };
