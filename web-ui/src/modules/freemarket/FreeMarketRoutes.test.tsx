import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, renderWithProviders } from '../../test/render';
import FreeMarketRoutes from './FreeMarketRoutes';
import { offerView, partnerPerson } from './testData';

const PAGE = (items: unknown[]) => ({ items, page: 0, size: 20, total: items.length });

describe('the partner portal', () => {
  it("has its own menu: the agency's offers and a new offer, nothing of the agency's market", async () => {
    fakeServer(() => jsonResponse(PAGE([offerView()])));
    renderWithProviders(<FreeMarketRoutes me={partnerPerson()} />, { route: '/' });

    const menu = await screen.findByRole('navigation', { name: 'Mercato Libero' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual([
      "Le offerte dell'agenzia",
      'Nuova offerta',
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Offerte di Immobiliare Lambro Casa' })).toBeInTheDocument();
    expect(await screen.findByText(/classe energetica D/)).toBeInTheDocument();
  });

  it('says so when the agency has no offer yet', async () => {
    fakeServer(() => jsonResponse(PAGE([])));
    renderWithProviders(<FreeMarketRoutes me={partnerPerson()} />, { route: '/' });

    expect(await screen.findByText('Nessuna offerta ancora: scrivi la prima.')).toBeInTheDocument();
  });
});

describe("the agency's view of the market", () => {
  it("lists every partner's published offers with the partner's name", async () => {
    const server = fakeServer(() => jsonResponse(PAGE([offerView({ status: 'PUBLISHED' }),
      offerView({ id: '7a2d5e10-0000-4000-8000-000000000002', organisation: 'vettabbia-immobiliare',
        organisationName: 'Vettabbia Immobiliare', status: 'PUBLISHED' })])));
    const me = agencyOperator({ modules: [{ name: 'freemarket', rights: ['offer', 'district'] }] });
    renderWithProviders(<FreeMarketRoutes me={me} />, { route: '/market', tenant: 'melegnano' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Tutte le offerte del Mercato Libero' })).toBeInTheDocument();
    expect(await screen.findByText(/Vettabbia Immobiliare/)).toBeInTheDocument();
    expect(server.calls[0]?.url).toContain('/api/freemarket/market?status=PUBLISHED');
    // Offers are the district's: no municipality is named, whatever the operator chose.
    expect(server.tenantHeaders()).toEqual([null]);
  });
});
