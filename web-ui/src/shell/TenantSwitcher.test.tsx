import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, findNav, jsonResponse, municipalOperator, renderShell } from '../test/render';

describe('the tenant switcher', () => {
  it('offers agency staff the district view and each municipality', async () => {
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell();
    const select = await screen.findByRole('combobox', { name: 'Comune di lavoro' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      "Tutto l'Ambito",
      'San Giuliano Milanese',
      'San Donato Milanese',
      'Melegnano',
    ]);
    expect(select).toHaveValue('');
  });

  it('sends the chosen municipality and redraws the navigation from the new answer', async () => {
    const server = fakeServer((_url, init) => {
      const tenant = new Headers(init.headers).get('X-Casa-Tenant');
      return jsonResponse(
        agencyOperator({
          modules:
            tenant === 'melegnano' ? [{ name: 'casework', rights: ['read'] }] : [{ name: 'monitoring', rights: ['read'] }],
        }),
      );
    });
    renderShell();
    const nav = await findNav();
    expect(within(nav).getByRole('link', { name: 'Monitoraggio', hidden: true })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Comune di lavoro' }), 'Melegnano');

    expect(await within(nav).findByRole('link', { name: 'Presa in carico', hidden: true })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Monitoraggio', hidden: true })).not.toBeInTheDocument();
    expect(server.tenantHeaders()).toEqual([null, 'melegnano']);
    expect(screen.getByText('Ora lavori su: Melegnano')).toBeInTheDocument();
    expect(sessionStorage.getItem('casa.tenant')).toBe('melegnano');
  });

  it('omits the tenant header again for the district view', async () => {
    const server = fakeServer(() => jsonResponse(agencyOperator()));
    renderShell({ tenant: 'melegnano' });
    const select = await screen.findByRole('combobox', { name: 'Comune di lavoro' });
    expect(select).toHaveValue('melegnano');

    await userEvent.selectOptions(select, "Tutto l'Ambito");

    await screen.findByText("Ora lavori su: Tutto l'Ambito");
    expect(server.tenantHeaders()).toEqual(['melegnano', null]);
  });

  it('shows municipal staff their own municipality, with nothing to choose', async () => {
    fakeServer(() => jsonResponse(municipalOperator()));
    renderShell();
    expect(await screen.findByText('Comune: Melegnano')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('drops a stored choice the server does not offer', async () => {
    const server = fakeServer(() => jsonResponse(municipalOperator()));
    renderShell({ tenant: 'san-donato-milanese' });
    await screen.findByText('Comune: Melegnano');
    await screen.findByRole('heading', { level: 1 });
    expect(server.tenantHeaders().at(-1)).toBeNull();
  });
});
