import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, municipalOperator, renderWithProviders } from '../../../test/render';
import { IntakePage } from './IntakePage';

const REPORTED = { id: '6f1c4f0e-0000-4000-8000-000000000001', municipality: 'melegnano' };

describe('the intake', () => {
  it('takes an emergency in four taps: who reports, what happened, one more person, record', async () => {
    const server = fakeServer(() => jsonResponse(REPORTED, 201));
    renderWithProviders(<IntakePage me={municipalOperator()} />, { route: '/emergency/new' });

    await userEvent.click(screen.getByText('Carabinieri'));
    await userEvent.click(screen.getByText('Incendio abitazione'));
    await userEvent.click(screen.getByRole('button', { name: 'Una persona in più' }));
    await userEvent.click(screen.getByRole('button', { name: "Registra l'emergenza" }));

    await waitFor(() => expect(server.calls.some((call) => call.init.method === 'POST')).toBe(true));
    const post = server.calls.find((call) => call.init.method === 'POST');
    expect(post?.url).toContain('/api/emergency/emergencies');
    expect(post?.body).toEqual({
      reportingEntity: { kind: 'CARABINIERI' },
      problem: { type: 'HOUSE_FIRE' },
      people: { count: 2, minors: 0, fragileMembers: false },
    });
  });

  it('says what is missing before sending, and asks agency staff for the municipality', async () => {
    const server = fakeServer(() => jsonResponse(REPORTED, 201));
    renderWithProviders(<IntakePage me={agencyOperator()} />, { route: '/emergency/new' });

    await userEvent.click(screen.getByRole('button', { name: "Registra l'emergenza" }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ci sono 3 errori da correggere');
    expect(screen.getByRole('link', { name: /Comune: Campo obbligatorio/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Chi segnala\?: Campo obbligatorio/ })).toBeInTheDocument();
    expect(server.calls.filter((call) => call.init.method === 'POST')).toHaveLength(0);
  });

  it('never names a citizen', async () => {
    fakeServer(() => jsonResponse(REPORTED, 201));
    renderWithProviders(<IntakePage me={municipalOperator()} />, { route: '/emergency/new' });

    await userEvent.click(screen.getByText('Carabinieri'));
    expect(screen.getByLabelText('Quale ente?')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Cittadino'));
    expect(screen.queryByLabelText('Quale ente?')).not.toBeInTheDocument();
  });
});
