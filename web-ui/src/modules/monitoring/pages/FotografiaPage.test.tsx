import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { FotografiaPage } from './FotografiaPage';

const PRESS_KIT = 'from=2025-04-01&to=2025-05-31&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31';

const table = (id: string, title: string, rows: [string, string][], total: string | null, labelHeading = '') => ({
  id,
  title,
  labelHeading,
  countHeading: 'Numero',
  rows: rows.map(([label, count]) => ({ code: label, label, count })),
  total,
});

/** What the server lays out for the press kit's period (abridged), internal or public. */
function fotografia(audience: 'internal' | 'public') {
  const small = (count: string) => (audience === 'public' ? '<3' : count);
  return {
    audience,
    agency: 'C.A.S.A. – Comuni per l’Abitare Sostenibile e Accessibile',
    agencySubtitle: 'Agenzia per l’Abitare – Ambito di San Giuliano Milanese',
    activity: 'Attività dell’Agenzia per l’abitare',
    title: 'Fotografia da aprile a maggio 2025',
    scope: 'Tutti i comuni dell’Ambito',
    gradeLine: null,
    audienceLine: audience === 'public' ? 'Versione per la diffusione' : 'Uso interno: conteggi esatti',
    sections: [
      {
        title: null,
        headline: table('interviews', 'Colloqui di approfondimento effettuati/fissati', [['Colloqui', '9']], null),
        tables: [
          table('requestsByMunicipality', 'Schede di attivazione ricevute', [
            ['San Giuliano Milanese', '19'],
            ['Melegnano', '9'],
            ['Cerro al Lambro', small('1')],
          ], '29', 'Comune'),
          table('householdComposition', 'Composizione nuclei familiari', [['Adulto solo', '12']], '12'),
        ],
      },
      {
        title: 'Fotografia Pronto Intervento Sociale – 2024',
        headline: null,
        tables: [table('emergencyReportingEntity', 'Ente segnalante', [['Comune di San Giuliano Milanese', '15']], '15')],
      },
      // A later module's part: the page lays out whatever sections the server sends, in order.
      {
        title: 'Fondo affitto – 2025',
        headline: null,
        tables: [table('rentFundApplications', 'Domande ricevute', [['Melegnano', '7']], '7')],
      },
    ],
    notesTitle: 'Note',
    notes: ['Composizione nuclei familiari: nuclei in carico nel periodo (48), di cui 4 da prima.', 'Seconda nota.'],
    totalLabel: 'Totale',
  };
}

describe('the printable Fotografia', () => {
  beforeEach(() => {
    const NodeRequest = globalThis.Request;
    vi.stubGlobal('Request', class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
      }
    });
  });

  it("lays out the server's report as the press kit does, with its notes, and prints it", async () => {
    const server = fakeServer(() => jsonResponse(fotografia('internal')));
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderWithProviders(<FotografiaPage />, { route: `/monitoring/fotografia?${PRESS_KIT}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Fotografia da aprile a maggio 2025' })).toBeInTheDocument();
    expect(screen.getByText('Colloqui di approfondimento effettuati/fissati:', { exact: false })).toHaveTextContent(': 9');
    const requests = screen.getByRole('region', { name: 'Schede di attivazione ricevute: 29' });
    expect(within(requests).getByRole('row', { name: 'San Giuliano Milanese 19' })).toBeInTheDocument();
    expect(within(requests).getByRole('row', { name: 'Totale 29' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fotografia Pronto Intervento Sociale – 2024' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ente segnalante: 15' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fondo affitto – 2025' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Domande ricevute: 7' })).toBeInTheDocument();
    const notes = within(screen.getByRole('region', { name: 'Note' })).getAllByRole('listitem');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Composizione nuclei familiari: nuclei in carico nel periodo (48), di cui 4 da prima.',
      'Seconda nota.',
    ]);

    // It asks for the filters of the address, in the page's language (Italian: no lang), internal by default.
    const url = new URL(server.calls[0]?.url ?? '');
    expect(url.pathname).toBe('/api/monitoring/fotografia');
    expect(url.searchParams.toString()).toBe(PRESS_KIT);
    expect(screen.getByRole('link', { name: 'Scarica il PDF' })).toHaveAttribute('href', `/api/monitoring/fotografia.pdf?${PRESS_KIT}`);

    await userEvent.click(screen.getByRole('button', { name: 'Stampa' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows the public version as the server hides it, and links back to the internal one and to the dashboard', async () => {
    const server = fakeServer(() => jsonResponse(fotografia('public')));
    renderWithProviders(<FotografiaPage />, { route: `/monitoring/fotografia?${PRESS_KIT}&grade=3&audience=public` });

    const requests = await screen.findByRole('region', { name: 'Schede di attivazione ricevute: 29' });
    expect(within(requests).getByRole('row', { name: 'Cerro al Lambro <3' })).toBeInTheDocument();
    expect(new URL(server.calls[0]?.url ?? '').searchParams.get('audience')).toBe('public');
    expect(new URL(server.calls[0]?.url ?? '').searchParams.getAll('grade')).toEqual(['3']);
    expect(screen.getByRole('link', { name: 'Versione per uso interno' })).toHaveAttribute(
      'href',
      `/monitoring/fotografia?${PRESS_KIT}&grade=3`,
    );
    expect(screen.getByRole('link', { name: 'Torna al monitoraggio' })).toHaveAttribute(
      'href',
      `/monitoring?preset=custom&${PRESS_KIT}&grade=3`,
    );
  });

  it('says what went wrong when the server refuses', async () => {
    fakeServer(() => problemResponse({ status: 404, title: 'Not Found', detail: 'No such municipality' }));
    renderWithProviders(<FotografiaPage />, { route: '/monitoring/fotografia?municipality=atlantide' });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stampa' })).toBeDisabled();
  });
});
