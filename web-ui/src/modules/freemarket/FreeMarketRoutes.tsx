import { Route, Routes } from 'react-router';
import { rightsIn, type Me } from '../../api/me';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { PortalLayout } from './PortalLayout';
import { MarketPage } from './pages/MarketPage';
import { MyOffersPage } from './pages/MyOffersPage';
import { OfferFormPage } from './pages/OfferFormPage';
import { OfferPage } from './pages/OfferPage';

/**
 * The Free Market screens, under /freemarket, in their own layout with their own menu: a partner agency's people see
 * their agency's offers and nothing else; the agency's operators also see the whole market.
 */
export default function FreeMarketRoutes({ me }: { me: Me }) {
  const rights = rightsIn(me, 'freemarket');
  return (
    <PortalLayout me={me}>
      <Routes>
        <Route index element={rights.has('district') && !rights.has('offer') ? <MarketPage me={me} /> : <MyOffersPage me={me} />} />
        {rights.has('district') && <Route path="market" element={<MarketPage me={me} />} />}
        {rights.has('district') && <Route path="market/:offerId" element={<OfferPage me={me} market />} />}
        {rights.has('offer') && <Route path="offers/new" element={<OfferFormPage me={me} />} />}
        {rights.has('offer') && <Route path="offers/:offerId" element={<OfferPage me={me} />} />}
        {rights.has('offer') && <Route path="offers/:offerId/edit" element={<OfferFormPage me={me} />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalLayout>
  );
}
