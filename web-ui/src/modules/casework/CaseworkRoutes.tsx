import { Route, Routes } from 'react-router';
import type { Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { CasePage } from './pages/CasePage';
import { InboxPage } from './pages/InboxPage';
import { NewRequestPage } from './pages/NewRequestPage';

/** The case-work screens, under /casework. A case's address names its municipality, where its calls are made. */
export default function CaseworkRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<InboxPage me={me} />} />
      <Route path="new" element={<NewRequestPage me={me} />} />
      <Route path=":municipality/cases/:caseId" element={<CasePage me={me} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
