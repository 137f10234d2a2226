import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { useHousehold } from '../api';
import { caseView, householdView } from '../testData';
import { HouseholdEditor } from './HouseholdEditor';

const mario = {
  givenName: 'Mario',
  familyName: 'Rossi',
  relationship: 'REFERENCE_PERSON' as const,
  birthDate: '1985-12-10',
  age: 40,
  sex: 'MALE' as const,
  fiscalCode: 'RSSMRA85T10A562S',
  disabled: false,
};

function Editor() {
  const household = useHousehold('melegnano', householdView().id);
  const [done, setDone] = useState(false);
  if (done) return <p>saved</p>;
  return household.data ? (
    <HouseholdEditor household={household.data} municipality="melegnano" caseId={caseView().id} onDone={() => setDone(true)} />
  ) : null;
}

describe('editing a household', () => {
  it('shows the server errors of a member on its fields', async () => {
    const server = fakeServer((_url, init) => {
      if (init.method === 'PUT') {
        return problemResponse({
          title: 'Invalid request',
          status: 400,
          code: 'request.invalid',
          errors: [{ field: 'members[0].fiscalCode', code: 'household.member.fiscalCode.inconsistent', message: 'x' }],
        });
      }
      return jsonResponse(householdView({ members: [mario], contacts: [{ kind: 'PHONE', value: '02 1111111' }, { kind: 'PHONE', value: '02 2222222' }] }));
    });
    renderWithProviders(<Editor />);
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText(/^Nome/));
    await user.type(screen.getByLabelText(/^Nome/), 'Marco');
    await user.click(screen.getByRole('button', { name: 'Salva il nucleo' }));
    const code = screen.getByLabelText('Codice fiscale');
    await screen.findByRole('alert', { name: /errore da correggere/ });
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('non corrisponde alla data di nascita'));
    // The second phone, which the form does not show, is sent back as it was.
    expect(server.calls.find((call) => call.init.method === 'PUT')?.body).toMatchObject({
      version: 1,
      members: [{ givenName: 'Marco' }],
      contacts: [{ kind: 'PHONE', value: '02 1111111' }, { kind: 'PHONE', value: '02 2222222' }],
    });
  });

  it('shows both versions on a stale edit and re-applies mine on theirs', async () => {
    let current = householdView({ members: [mario] });
    const server = fakeServer((_url, init) => {
      if (init.method === 'PUT') {
        const body = server.calls.at(-1)?.body as { version: number };
        if (body.version === 1) {
          current = householdView({ version: 2, members: [mario], contacts: [{ kind: 'EMAIL', value: 'rossi@example.org' }] });
          return problemResponse({ title: 'Edit conflict', status: 409, code: 'version.stale' });
        }
        return jsonResponse({ ...current, version: 3 });
      }
      return jsonResponse(current);
    });
    renderWithProviders(<Editor />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Telefono'), '02 5555555');
    await user.click(screen.getByRole('button', { name: 'Salva il nucleo' }));

    const conflict = await screen.findByRole('alert', { name: 'Qualcun altro ha salvato nel frattempo' });
    expect(await within(conflict).findByText(/rossi@example.org/)).toBeInTheDocument();
    expect(within(conflict).getByText(/02 555/)).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Riapplica le mie modifiche sulla loro' }));
    expect(screen.getByLabelText('Telefono')).toHaveValue('02 5555555');
    expect(screen.getByLabelText('Email')).toHaveValue('rossi@example.org');
    await user.click(screen.getByRole('button', { name: 'Salva il nucleo' }));
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.init.method === 'PUT').at(-1)?.body).toMatchObject({
      version: 2,
      contacts: [{ kind: 'PHONE', value: '02 5555555' }, { kind: 'EMAIL', value: 'rossi@example.org' }],
    });
  });
});
