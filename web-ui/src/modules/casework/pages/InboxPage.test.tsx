import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, municipalOperator, renderShell } from '../../../test/render';
import type { InboxEntry } from '../api';

function entry(overrides: Partial<InboxEntry> = {}): InboxEntry {
  return {
    caseId: '11111111-1111-1111-1111-111111111111',
    municipality: 'melegnano',
    municipalityName: 'Melegnano',
    householdId: '22222222-2222-2222-2222-222222222222',
    referencePerson: 'Rossi Mario',
    householdSize: 3,
    status: 'TRIAGED',
    grade: 4,
    evictionDate: '2026-12-01',
    evictionPast: false,
    filedAt: '2026-11-20T09:00:00Z',
    requestedOn: '2026-11-20',
    ageDays: 5,
    housingSituation: 'EVICTION_IN_PROGRESS',
    filedBy: 'MUNICIPALITY',
    teamActionsWithoutConsent: false,
    ...overrides,
  };
}

const page = (content: InboxEntry[], totalPages = 1) => ({
  content,
  page: { size: 20, number: 0, totalElements: content.length, totalPages },
});

async function openInbox() {
  renderShell({ route: '/casework' });
  await screen.findByRole('heading', { level: 1, name: 'Richieste di attivazione' });
}

describe('the inbox', () => {
  it('shows agency staff the whole district, with the municipality and possible duplicates', async () => {
    fakeServer((url) =>
      url.includes('/api/casework/inbox')
        ? jsonResponse(page([entry({ possibleDuplicates: [{ municipality: 'san-donato-milanese', caseId: 'x', status: 'REQUESTED' }] })]))
        : jsonResponse(agencyOperator()),
    );
    await openInbox();
    const row = await screen.findByRole('row', { name: /Rossi Mario/ });
    expect(within(row).getByRole('link', { name: 'Rossi Mario' })).toHaveAttribute(
      'href',
      '/casework/melegnano/cases/11111111-1111-1111-1111-111111111111',
    );
    expect(within(row).getByText('Melegnano')).toBeInTheDocument();
    expect(within(row).getByText('Grado 4 – Emergenza abitativa')).toBeInTheDocument();
    expect(within(row).getByText(/Possibile doppione in un altro comune: San Donato Milanese/)).toBeInTheDocument();
  });

  it('flags an eviction date already passed, as still urgent while the case is open', async () => {
    fakeServer((url) =>
      url.includes('/api/casework/inbox')
        ? jsonResponse(page([
            entry({ evictionDate: '2025-04-03', evictionPast: true, ageDays: 244 }),
            entry({ caseId: '33333333-3333-3333-3333-333333333333', referencePerson: 'Bianchi Anna', status: 'CLOSED', evictionDate: '2025-05-01', evictionPast: true }),
          ]))
        : jsonResponse(agencyOperator()),
    );
    await openInbox();
    const open = await screen.findByRole('row', { name: /Rossi Mario/ });
    expect(within(open).getByText('Data passata: ancora urgente')).toBeInTheDocument();
    expect(within(open).getByText('244 giorni')).toBeInTheDocument();
    const closed = screen.getByRole('row', { name: /Bianchi Anna/ });
    expect(within(closed).getByText('Data passata')).toBeInTheDocument();
  });

  it('sends the search and the filters to the server and starts again from the first page', async () => {
    const server = fakeServer((url) =>
      url.includes('/api/casework/inbox') ? jsonResponse(page([entry()], 3)) : jsonResponse(agencyOperator()),
    );
    await openInbox();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pagina successiva' }));
    await user.type(screen.getByLabelText('Cerca per nome'), 'rossi');
    await user.click(screen.getByRole('button', { name: 'Cerca' }));
    await user.click(screen.getByText('Filtri'));
    await user.click(screen.getByLabelText('Grado 4 – Emergenza abitativa'));
    await user.click(screen.getByLabelText('Da valutare'));
    await user.selectOptions(screen.getByLabelText('Comune'), 'melegnano');
    const last = new URL(server.calls.filter((call) => call.url.includes('/inbox')).at(-1)!.url);
    expect(last.searchParams.get('q')).toBe('rossi');
    expect(last.searchParams.getAll('grade').sort()).toEqual(['0', '4']);
    expect(last.searchParams.get('municipality')).toBe('melegnano');
    expect(last.searchParams.get('page')).toBe('0');
  });

  it('asks the server for the order of the whole list and starts again from the first page', async () => {
    const server = fakeServer((url) =>
      url.includes('/api/casework/inbox') ? jsonResponse(page([entry()], 3)) : jsonResponse(agencyOperator()),
    );
    await openInbox();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pagina successiva' }));
    await user.selectOptions(screen.getByLabelText('Ordina per'), 'oldest');
    const last = new URL(server.calls.filter((call) => call.url.includes('/inbox')).at(-1)!.url);
    expect(last.searchParams.get('sort')).toBe('OLDEST');
    expect(last.searchParams.get('page')).toBe('0');
    expect(await screen.findByText(/le più vecchie per prime$/)).toBeInTheDocument();
  });

  it('shows a municipality only its own list, without the municipality column', async () => {
    const server = fakeServer((url) =>
      url.includes('/api/casework/inbox') ? jsonResponse(page([entry()])) : jsonResponse(municipalOperator()),
    );
    await openInbox();
    expect(await screen.findByText('Le richieste del Comune di Melegnano, le più urgenti per prime.')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Comune' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Comune')).not.toBeInTheDocument();
    const call = server.calls.find((c) => c.url.includes('/inbox'));
    expect(new URL(call!.url).searchParams.has('municipality')).toBe(false);
  });

  it('says when nothing matches', async () => {
    fakeServer((url) => (url.includes('/api/casework/inbox') ? jsonResponse(page([])) : jsonResponse(municipalOperator())));
    await openInbox();
    expect(await screen.findByText('Nessuna richiesta corrisponde ai criteri scelti.')).toBeInTheDocument();
  });
});
