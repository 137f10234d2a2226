import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { OFFER_ID, offerView, partnerPerson } from '../testData';
import { Route, Routes } from 'react-router';
import { OfferPage } from './OfferPage';

function renderOffer(market = false, me = partnerPerson()) {
  const path = market ? `/freemarket/market/${OFFER_ID}` : `/freemarket/offers/${OFFER_ID}`;
  renderWithProviders(
    <Routes>
      <Route path={market ? '/freemarket/market/:offerId' : '/freemarket/offers/:offerId'} element={<OfferPage me={me} market={market} />} />
    </Routes>,
    { route: path },
  );
}

describe('an offer', () => {
  it('shows its energy class and lets its author publish it with the version it saw', async () => {
    const server = fakeServer((_url, init) =>
      init.method === 'POST'
        ? jsonResponse(offerView({ status: 'PUBLISHED', version: 1, nextStatuses: ['DRAFT', 'RESERVED', 'WITHDRAWN'] }))
        : jsonResponse(offerView()));
    renderOffer();

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('2 locali a Melegnano, Centro storico');
    expect(screen.getByText('Classe energetica').nextSibling).toHaveTextContent('D');
    await userEvent.click(screen.getByRole('button', { name: 'Pubblica' }));

    await waitFor(() => expect(screen.getByText('Pubblicata')).toBeInTheDocument());
    const post = server.calls.find((call) => call.init.method === 'POST');
    expect(post?.url).toContain(`/api/freemarket/offers/${OFFER_ID}/status`);
    expect(post?.body).toEqual({ version: 0, status: 'PUBLISHED' });
    expect(screen.getByRole('button', { name: 'Segna come riservata' })).toBeInTheDocument();
  });

  it('explains a refused transition in words', async () => {
    fakeServer((_url, init) =>
      init.method === 'POST'
        ? problemResponse({ status: 409, code: 'offer.status.notAllowed', currentStatus: 'DRAFT', requestedStatus: 'LET' })
        : jsonResponse(offerView()));
    renderOffer();

    await userEvent.click(await screen.findByRole('button', { name: 'Ritira' }));
    expect(await screen.findByText('Passaggio non consentito')).toBeInTheDocument();
  });

  it("shows the agency a partner's offer without any action", async () => {
    fakeServer(() => jsonResponse(offerView({ status: 'PUBLISHED', nextStatuses: ['DRAFT', 'RESERVED', 'WITHDRAWN'] })));
    renderOffer(true, agencyOperator({ modules: [{ name: 'freemarket', rights: ['offer', 'district'] }] }));

    expect(await screen.findByText('Immobiliare Lambro Casa')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ritira' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifica' })).not.toBeInTheDocument();
  });
});
