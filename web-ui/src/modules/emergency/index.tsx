import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me';
import { Loading } from '../../components/Loading';
import type { CasePanelProps } from '../../extensions/casePage';
import type { UiModule } from '../index';
import en from './locales/en.json';
import it from './locales/it.json';

// The screens are a chunk of their own: loaded the first time a user opens the emergency module.
const EmergencyRoutes = lazy(() => import('./EmergencyRoutes'));
// So is its panel on the case page, loaded with the first case opened by an emergency.
const CasePanel = lazy(() => import('./CasePanel'));

function Emergency({ me }: { me: Me }) {
  const { t } = useTranslation('emergency');
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <EmergencyRoutes me={me} />
    </Suspense>
  );
}

function EmergencyCasePanel(props: CasePanelProps) {
  if (props.origin?.module !== 'emergency') return null;
  return (
    <Suspense fallback={null}>
      <CasePanel {...props} />
    </Suspense>
  );
}

export const emergency: UiModule = {
  name: 'emergency',
  Routes: Emergency,
  translations: { it, en },
  casePanels: [{ id: 'emergency', Panel: EmergencyCasePanel }],
};
