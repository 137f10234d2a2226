import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { OFFER_ID, offerView, PARTNER, partnerPerson } from '../testData';
import { OfferFormPage } from './OfferFormPage';

function server(onPost: () => Response) {
  return fakeServer((url, init) => {
    if (url.includes('/api/freemarket/partner')) return jsonResponse(PARTNER);
    if (init.method === 'POST') return onPost();
    return jsonResponse({}, 404);
  });
}

async function fillIn(contractType: string, rent: string) {
  await screen.findByRole('option', { name: 'Melegnano' });
  await userEvent.selectOptions(screen.getByLabelText(/^Comune/), 'Melegnano');
  await userEvent.type(screen.getByLabelText(/^Zona/), 'Centro storico');
  await userEvent.type(screen.getByLabelText(/^Superficie/), '60');
  await userEvent.type(screen.getByLabelText(/^Locali/), '2');
  await userEvent.selectOptions(screen.getByLabelText(/^Riscaldamento/), 'Autonomo');
  await userEvent.selectOptions(screen.getByLabelText(/^Classe energetica/), 'D');
  await userEvent.type(screen.getByLabelText(/^Indice di prestazione/), '120,5');
  await userEvent.selectOptions(screen.getByLabelText(/^Tipo di contratto/), contractType);
  await userEvent.type(screen.getByLabelText(/^Canone mensile/), rent);
  await userEvent.type(screen.getByLabelText(/^Disponibile dal/), '2027-02-01');
}

describe('the offer form', () => {
  it('refuses an offer without energy class before sending it', async () => {
    const calls = server(() => jsonResponse(offerView(), 201));
    renderWithProviders(<OfferFormPage me={partnerPerson()} />, { route: '/freemarket/offers/new' });

    await screen.findByRole('option', { name: 'Melegnano' });
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/errori da correggere/);
    expect(screen.getByRole('link', { name: /Classe energetica: Campo obbligatorio/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Indice di prestazione energetica: Campo obbligatorio/ })).toBeInTheDocument();
    expect(calls.calls.filter((call) => call.init.method === 'POST')).toHaveLength(0);
  });

  it('offers only the municipalities the agency covers, and sends the offer with no municipality header', async () => {
    const calls = server(() => jsonResponse(offerView(), 201));
    renderWithProviders(<OfferFormPage me={partnerPerson()} />, { route: '/freemarket/offers/new' });

    await fillIn('Libero 4+4', '650');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).not.toContain('San Donato Milanese');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    await waitFor(() => expect(calls.calls.some((call) => call.init.method === 'POST')).toBe(true));
    const post = calls.calls.find((call) => call.init.method === 'POST');
    expect(post?.url).toContain('/api/freemarket/offers');
    expect(post?.body).toMatchObject({ municipality: 'melegnano', energyClass: 'D', energyIndex: 120.5, monthlyRent: 650,
      contractType: 'FREE_4_4' });
    expect(calls.tenantHeaders().every((header) => header === null)).toBe(true);
  });

  it("shows an agreed rent outside the municipality's band on the rent field, with the band", async () => {
    server(() => problemResponse({
      status: 400, code: 'request.invalid', arguments: { min: '6.5', max: '10.5', perSquareMetre: '15.00' },
      errors: [{ field: 'monthlyRent', code: 'offer.rent.outsideBand', message: 'outside' }],
    }));
    renderWithProviders(<OfferFormPage me={partnerPerson()} />, { route: '/freemarket/offers/new' });

    await fillIn('Canone concordato 3+2', '900');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    expect(await screen.findAllByText(/\(15 €\/m²\) è fuori dalla fascia del canone concordato del comune: da 6,5 a 10,5/)).not.toHaveLength(0);
    expect(screen.getByLabelText(/^Canone mensile/)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('a change someone else saved first', () => {
  it('shows the saved version beside the unsaved one, and applies the change on top of it on request', async () => {
    let saved = offerView();
    const calls = fakeServer((url, init) => {
      if (url.includes('/api/freemarket/partner')) return jsonResponse(PARTNER);
      if (init.method === 'PUT') {
        // Another person of the agency saved a new rent a moment ago: this change was based on version 0.
        saved = offerView({ version: 1, details: { ...offerView().details, monthlyRent: 560 } });
        return calls.calls.filter((call) => call.init.method === 'PUT').length === 1
          ? problemResponse({ status: 409, code: 'version.stale', currentVersion: 1 })
          : jsonResponse(saved);
      }
      return jsonResponse(saved);
    });
    renderWithProviders(
      <Routes>
        <Route path="/freemarket/offers/:offerId/edit" element={<OfferFormPage me={partnerPerson()} />} />
      </Routes>,
      { route: `/freemarket/offers/${OFFER_ID}/edit` },
    );

    const zone = await screen.findByLabelText(/^Zona/);
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Borgo nuovo');
    await userEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));

    const conflict = await screen.findByRole('alert', { name: "Qualcuno ha salvato l'offerta nel frattempo" });
    expect(within(conflict).getByText('La versione salvata').parentElement).toHaveTextContent('560,00 €');
    expect(within(conflict).getByText('Le tue modifiche').parentElement).toHaveTextContent('Borgo nuovo');
    await userEvent.click(within(conflict).getByRole('button', { name: 'Applica le mie modifiche su quella' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva le modifiche' }));

    await waitFor(() => expect(calls.calls.filter((call) => call.init.method === 'PUT')).toHaveLength(2));
    const second = calls.calls.filter((call) => call.init.method === 'PUT')[1];
    expect(second?.body).toMatchObject({ version: 1, offer: { zone: 'Borgo nuovo' } });
  });
});
