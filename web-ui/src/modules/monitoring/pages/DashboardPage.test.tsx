import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, municipalOperator, renderWithProviders } from '../../../test/render';
import { DashboardPage } from './DashboardPage';

const FIGURES = {
  period: { from: '2025-04-01', to: '2025-05-31' },
  emergencyPeriod: { from: '2024-01-01', to: '2024-12-31' },
  municipality: null,
  municipalities: [
    { id: 'san-giuliano-milanese', name: 'San Giuliano Milanese' },
    { id: 'melegnano', name: 'Melegnano' },
  ],
  grades: [],
  requests: {
    total: 28,
    byMunicipality: [
      { municipality: 'san-giuliano-milanese', name: 'San Giuliano Milanese', count: 19 },
      { municipality: 'melegnano', name: 'Melegnano', count: 9 },
    ],
    byHousingSituation: [
      { category: 'LEASE_NOT_RENEWED', count: 14 },
      { category: 'EVICTION_IN_PROGRESS', count: 14 },
    ],
    byGrade: [0, 1, 2, 3, 4].map((grade) => ({ grade, count: grade === 0 ? 28 : 0 })),
    byStatus: [{ category: 'REQUESTED', count: 28 }],
    byFiledBy: [{ category: 'MUNICIPALITY', count: 28 }],
    monthly: [
      { month: '2025-04', municipality: 'melegnano', count: 5 },
      { month: '2025-04', municipality: 'san-giuliano-milanese', count: 10 },
      { month: '2025-05', municipality: 'melegnano', count: 13 },
    ],
    timeToTriage: { cases: 0 },
    timeToClosure: { cases: 0 },
    durationsByMunicipality: [],
  },
  households: { total: 30, fromEarlierPeriods: 2, byComposition: [{ category: 'SINGLE_ADULT', count: 30 }] },
  interviews: { total: 9 },
  emergencies: {
    total: 16,
    byReportingEntity: [
      { kind: 'MUNICIPALITY', name: 'San Giuliano Milanese', count: 15 },
      { kind: 'NOT_RECORDED', count: 1 },
    ],
    byProblem: [{ category: 'HOUSE_FIRE', count: 16 }],
    peopleInvolved: 40,
    withMinors: 3,
    handedOver: 0,
    monthly: [],
  },
};

describe('the monitoring dashboard', () => {
  beforeEach(() => {
    const NodeRequest = globalThis.Request;
    vi.stubGlobal('Request', class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
      }
    });
    vi.stubGlobal('ResizeObserver', class {
      observe() {}
      unobserve() {}
      disconnect() {}
    });
  });

  it("shows the press kit's tables as charts with their data, and links the exports with the same filters", async () => {
    const server = fakeServer(() => jsonResponse(FIGURES));
    renderWithProviders(<DashboardPage me={agencyOperator()} />, { route: '/monitoring?preset=pressKit' });

    expect(await screen.findByText('Schede di attivazione ricevute')).toBeInTheDocument();
    const requests = screen.getByRole('img', { name: /Schede di attivazione per comune: San Giuliano Milanese 19; Melegnano 9/ });
    expect(requests).toBeInTheDocument();
    expect(screen.getByText('di cui 2 da prima del periodo')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Ente segnalante: Comune di San Giuliano Milanese 15; Dato non pervenuto 1/ }))
      .toBeInTheDocument();

    const url = server.calls[0]?.url ?? '';
    expect(url).toContain('from=2025-04-01');
    expect(url).toContain('emergenciesTo=2024-12-31');
    const downloads = screen.getByRole('region', { name: 'Scarica' });
    expect(within(downloads).getAllByRole('link', { name: 'Fotografia (PDF)' })[1]).toHaveAttribute(
      'href',
      '/api/monitoring/fotografia.pdf?from=2025-04-01&to=2025-05-31&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31&audience=public',
    );
    // and the printable Fotografia, a page of this application, with the same filters
    expect(within(downloads).getAllByRole('link', { name: 'Fotografia da stampare' })[0]).toHaveAttribute(
      'href',
      '/monitoring/fotografia?from=2025-04-01&to=2025-05-31&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31',
    );
  });

  it('lets agency staff choose a municipality and grades, and asks the server for them', async () => {
    const server = fakeServer(() => jsonResponse(FIGURES));
    renderWithProviders(<DashboardPage me={agencyOperator()} />, { route: '/monitoring' });
    await screen.findByText('Schede di attivazione ricevute');

    await userEvent.selectOptions(screen.getByLabelText('Comune'), 'melegnano');
    await userEvent.click(screen.getByLabelText('Grado 3 – povertà multidimensionale'));
    await userEvent.click(screen.getByRole('button', { name: 'Mostra' }));

    await waitFor(() => expect(server.calls.some((call) => call.url.includes('municipality=melegnano'))).toBe(true));
    expect(server.calls.at(-1)?.url).toContain('grade=3');
  });

  it('offers a municipal operator no choice of municipality', async () => {
    fakeServer(() => jsonResponse({ ...FIGURES, municipality: { id: 'melegnano', name: 'Melegnano' } }));
    renderWithProviders(<DashboardPage me={municipalOperator()} />, { route: '/monitoring' });
    expect(await screen.findByText(/nel Comune di Melegnano/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Comune')).not.toBeInTheDocument();
  });

  it('refuses a period that ends before it starts', async () => {
    fakeServer(() => jsonResponse(FIGURES));
    renderWithProviders(<DashboardPage me={agencyOperator()} />, { route: '/monitoring' });
    await screen.findByText('Schede di attivazione ricevute');
    await userEvent.clear(screen.getByLabelText('Al'));
    await userEvent.type(screen.getByLabelText('Al'), '2000-01-01');
    expect(screen.getByRole('alert')).toHaveTextContent('La data di fine è precedente a quella di inizio.');
    expect(screen.getByRole('button', { name: 'Mostra' })).toBeDisabled();
  });
});
