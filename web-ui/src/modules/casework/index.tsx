import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me';
import { Loading } from '../../components/Loading';
import type { UiModule } from '../index';
import en from './locales/en.json';
import it from './locales/it.json';

// The screens are a chunk of their own: loaded the first time a user opens case work.
const CaseworkRoutes = lazy(() => import('./CaseworkRoutes'));

function Casework({ me }: { me: Me }) {
  const { t } = useTranslation('casework');
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <CaseworkRoutes me={me} />
    </Suspense>
  );
}

export const casework: UiModule = { name: 'casework', Routes: Casework, translations: { it, en } };
