import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, problemResponse, renderShell } from '../../test/render';

const label = (it: string) => ({ it, en: it });

const draft = {
  id: 9,
  ruleSet: 'misura-unica',
  municipality: null,
  key: 'bozza-2026',
  status: 'DRAFT',
  origin: 'ADMINISTRATOR',
  inForce: false,
  act: { kind: 'REGIONAL_RESOLUTION', number: 'XII/1', date: '2026-11-30', body: 'Giunta regionale della Lombardia' },
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  parameters: [{ name: 'maxIsee', unit: 'EURO', value: 26000, label: label('ISEE massimo') }],
  criteria: [{ id: 'iseeWithinCeiling', label: label('ISEE entro il massimo'), fact: 'isee', operator: 'AT_MOST', operands: ['maxIsee'] }],
  decision: [],
  draftedBy: 'agenzia.admin',
  draftedAt: '2026-12-01T10:00:00Z',
  adoptedBy: null,
  adoptedAt: null,
  revision: 0,
};

const ruleSet = {
  id: 'misura-unica',
  name: label("Misura Unica - contributo all'affitto"),
  scope: 'DISTRICT',
  facts: [{ name: 'isee', type: 'NUMBER', unit: 'EURO', values: [], label: label('ISEE del nucleo') }],
  outcomes: { eligible: label('Ammissibile'), 'not-eligible': label('Non ammissibile') },
  versions: [draft],
};

const admin = agencyOperator({ roles: ['AGENCY_ADMIN'] });

function server(onWrite: (url: string, method: string) => Response) {
  return fakeServer((url, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET') return onWrite(url, method);
    if (url.endsWith('/versions/9/changes')) {
      return jsonResponse({
        version: draft,
        against: { ...draft, id: 1, key: '2022-dgr-xi-6970', status: 'ADOPTED', act: { ...draft.act, number: 'XI/6970' } },
        changes: [{ path: 'parameters.maxIsee', kind: 'CHANGED', before: '26000 EURO', after: '27000 EURO' }],
      });
    }
    if (url.endsWith('/versions/9')) return jsonResponse(draft);
    if (url.endsWith('/rules/misura-unica')) return jsonResponse(ruleSet);
    return jsonResponse(admin);
  });
}

describe('the page of a draft', () => {
  it('saves the act and the parameters with the revision it was opened at, and shows its changes', async () => {
    const calls = server((_url, method) =>
      jsonResponse(method === 'PUT' ? { ...draft, revision: 1, parameters: [{ ...draft.parameters[0], value: 27000 }] } : draft),
    );
    renderShell({ route: '/administration/rules/misura-unica/versions/9' });

    const ceiling = await screen.findByLabelText(/ISEE massimo/);
    await userEvent.clear(ceiling);
    await userEvent.type(ceiling, '27000');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    await screen.findByText('Bozza salvata.');
    const put = calls.calls.find((call) => call.init.method === 'PUT');
    expect(put?.body).toMatchObject({ revision: 0, version: { key: 'bozza-2026', parameters: [{ name: 'maxIsee', value: 27000 }] } });
    const changes = await screen.findByRole('table', { name: 'Modifiche della bozza' });
    expect(within(changes).getByRole('row', { name: /parameters\.maxIsee/ })).toHaveTextContent('26000 EURO27000 EURO');
  });

  it('adopts only once the administrator confirms the act, and says why a refused adoption failed', async () => {
    const calls = server(() =>
      problemResponse({ status: 409, title: 'Conflict', detail: 'Version bozza-2026 is adopted: it is never changed', code: 'rules.version.adopted' }),
    );
    renderShell({ route: '/administration/rules/misura-unica/versions/9' });

    const adopt = await screen.findByRole('button', { name: 'Adotta la versione' });
    expect(adopt).toBeDisabled();
    await userEvent.click(screen.getByLabelText(/Confermo che l'atto XII\/1/));
    await userEvent.click(adopt);

    // In the reader's language, by the problem's code: never the server's English.
    await screen.findByText('Questa versione è adottata: non si modifica più. Per cambiarla crea una nuova bozza.');
    await waitFor(() => expect(calls.calls.some((call) => call.url.endsWith('/versions/9/adoption'))).toBe(true));
  });
});

describe('the draft form', () => {
  it('refuses a parameter that is not a number before sending anything', async () => {
    const calls = server(() => jsonResponse(draft));
    renderShell({ route: '/administration/rules/misura-unica/versions/9' });

    const ceiling = await screen.findByLabelText(/ISEE massimo/);
    await userEvent.clear(ceiling);
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    expect(await screen.findAllByText('Inserisci un numero, per esempio 26000 o 12.5.')).not.toHaveLength(0);
    expect(calls.calls.some((call) => call.init.method === 'PUT')).toBe(false);
  });
});
