import { Route, Routes } from 'react-router';
import type { Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { EmergencyPage } from './pages/EmergencyPage';
import { IntakePage } from './pages/IntakePage';
import { ListPage } from './pages/ListPage';

/** The emergency screens, under /emergency. An emergency's address names its municipality, where its calls are made. */
export default function EmergencyRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<ListPage me={me} />} />
      <Route path="new" element={<IntakePage me={me} />} />
      <Route path=":municipality/emergencies/:emergencyId" element={<EmergencyPage me={me} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
