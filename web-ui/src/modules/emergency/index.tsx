import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me';
import { Loading } from '../../components/Loading';
import type { UiModule } from '../index';
import en from './locales/en.json';
import it from './locales/it.json';

// The screens are a chunk of their own: loaded the first time a user opens the emergency module.
const EmergencyRoutes = lazy(() => import('./EmergencyRoutes'));

function Emergency({ me }: { me: Me }) {
  const { t } = useTranslation('emergency');
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <EmergencyRoutes me={me} />
    </Suspense>
  );
}

export const emergency: UiModule = { name: 'emergency', Routes: Emergency, translations: { it, en } };
