import { Route, Routes } from 'react-router';
import type { Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { DashboardPage } from './pages/DashboardPage';

/** The monitoring screens, under /monitoring: the dashboard, its filters in the address. */
export default function MonitoringRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<DashboardPage me={me} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
