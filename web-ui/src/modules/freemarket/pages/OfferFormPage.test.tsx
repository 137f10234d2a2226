import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { offerView, PARTNER, partnerPerson } from '../testData';
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

    expect(await screen.findAllByText(/fuori dalla fascia del canone concordato del comune: da 6.5 a 10.5/)).not.toHaveLength(0);
    expect(screen.getByLabelText(/^Canone mensile/)).toHaveAttribute('aria-invalid', 'true');
  });
});
