import { Route, Routes } from 'react-router';
import type { Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { DashboardPage } from './pages/DashboardPage';
import { FotografiaPage } from './pages/FotografiaPage';

/** The monitoring screens, under /monitoring: the dashboard and the printable Fotografia, filters in the address. */
export default function MonitoringRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<DashboardPage me={me} />} />
      <Route path="fotografia" element={<FotografiaPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
