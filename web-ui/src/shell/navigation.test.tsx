import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, findNav, jsonResponse, municipalOperator, renderShell } from '../test/render';
import { navigationFrom } from './navigation';

describe('navigationFrom', () => {
  it('lists exactly the modules of the me response, in its order', () => {
    const entries = navigationFrom({ modules: [{ name: 'monitoring' }, { name: 'casework' }] });
    expect(entries).toEqual([
      { name: 'monitoring', path: '/monitoring' },
      { name: 'casework', path: '/casework' },
    ]);
  });

  it('drops duplicates and names that are not plain module names', () => {
    const entries = navigationFrom({
      modules: [{ name: 'casework' }, { name: 'casework' }, { name: '../admin' }, { name: '' }, { name: 'Hub' }],
    });
    expect(entries.map((entry) => entry.name)).toEqual(['casework']);
  });
});

describe('the shell navigation', () => {
  it('shows one link per module the server returned, then the rules for agency staff', async () => {
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell();
    const nav = await findNav();
    const links = within(nav).getAllByRole('link', { hidden: true });
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Presa in carico', '/casework'],
      ['Pronto Intervento Sociale', '/emergency'],
      ['Monitoraggio', '/monitoring'],
      ['Regole', '/administration/rules'],
    ]);
  });

  it('shows no rules to municipal staff', async () => {
    fakeServer(() => jsonResponse(municipalOperator()));
    renderShell();
    const nav = await findNav();
    expect(within(nav).queryByRole('link', { name: 'Regole', hidden: true })).toBeNull();
  });

  it('shows a module the UI does not know yet under its own name', async () => {
    fakeServer(() => jsonResponse(municipalOperator({ modules: [{ name: 'housingfair', rights: ['read'] }] })));
    renderShell();
    const nav = await findNav();
    expect(within(nav).getByRole('link', { name: 'housingfair', hidden: true })).toHaveAttribute('href', '/housingfair');
  });

  it('opens the home page of a listed module', async () => {
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell({ route: '/emergency' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pronto Intervento Sociale' })).toBeInTheDocument();
  });

  it('has no route for a module the server did not list', async () => {
    fakeServer(() => jsonResponse(municipalOperator({ modules: [{ name: 'casework', rights: ['read'] }] })));
    renderShell({ route: '/emergency' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pronto Intervento Sociale', hidden: true })).not.toBeInTheDocument();
  });

  it('shows the user, the role and the home cards', async () => {
    fakeServer(() => jsonResponse(municipalOperator()));
    renderShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Buongiorno, Marco Rossi' })).toBeInTheDocument();
    expect(screen.getByText('Operatore comunale')).toBeInTheDocument();
    expect(screen.getByText('Stai lavorando per il Comune di Melegnano.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Presa in carico' })).toBeInTheDocument();
  });
});
