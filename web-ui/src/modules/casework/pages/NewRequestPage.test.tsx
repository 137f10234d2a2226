import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { announceSignedIn } from '../../../auth/sessionState';
import { fakeServer, jsonResponse, municipalOperator, problemResponse, renderShell } from '../../../test/render';
import { caseView } from '../testData';

type User = ReturnType<typeof userEvent.setup>;

/** The case-work screens are loaded on demand: the first render may take a moment (findBy* waits, setup.ts). */
async function openForm() {
  renderShell({ route: '/casework/new' });
  await screen.findByRole('heading', { level: 1, name: 'Nuova richiesta di attivazione' });
}

async function fillMinimalRequest(user: User) {
  await user.type(await screen.findByLabelText(/^Nome/), 'Mario');
  await user.type(screen.getByLabelText(/^Cognome/), 'Rossi');
  await user.selectOptions(screen.getByLabelText(/^Relazione/), 'REFERENCE_PERSON');
  await user.type(screen.getByLabelText(/^Data di nascita/), '1985-12-10');
  await user.selectOptions(screen.getByLabelText(/^Sesso/), 'MALE');
  await user.selectOptions(screen.getByLabelText(/^Situazione rilevata/), 'LEASE_NOT_RENEWED');
}

describe('the activation request form', () => {
  it('checks the fiscal code as it is typed, with the server words', async () => {
    fakeServer(() => jsonResponse(municipalOperator()));
    await openForm();
    const user = userEvent.setup();
    const code = await screen.findByLabelText('Codice fiscale');
    await user.type(code, 'RSSMRA85T10A562T');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('carattere di controllo'));
    await user.clear(code);
    await user.type(code, 'RSSMRA85T10A562S');
    expect(code).not.toHaveAttribute('aria-invalid');
  });

  it('lists what is missing when sent empty, with links to the fields', async () => {
    const server = fakeServer(() => jsonResponse(municipalOperator()));
    await openForm();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invia la richiesta' }));
    const summary = await screen.findByRole('alert', { name: /errori da correggere/ });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: /Componente 1, Nome: Campo obbligatorio/ })).toHaveAttribute(
      'href',
      '#household-members-0-givenName',
    );
    expect(server.calls.some((call) => call.init.method === 'POST')).toBe(false);
  });

  it('shows the errors the server finds on their fields', async () => {
    const server = fakeServer((url, init) => {
      if (url.endsWith('/api/casework/cases') && init.method === 'POST') {
        return problemResponse({
          title: 'Invalid request',
          status: 400,
          code: 'request.invalid',
          errors: [
            { field: 'household.members[0].fiscalCode', code: 'household.member.fiscalCode.inconsistent', message: 'x' },
            { field: 'household.members[0].givenName', code: 'Size', message: 'size must be between 0 and 100' },
          ],
        });
      }
      return jsonResponse(municipalOperator());
    });
    await openForm();
    const user = userEvent.setup();
    await fillMinimalRequest(user);
    await user.click(screen.getByRole('button', { name: 'Invia la richiesta' }));

    const code = screen.getByLabelText('Codice fiscale');
    await screen.findByText('Il codice fiscale non corrisponde alla data di nascita o al sesso indicati.');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Nome/)).toHaveAccessibleDescription(expect.stringContaining('troppo lungo'));
    const post = server.calls.find((call) => call.init.method === 'POST');
    expect(new Headers(post?.init.headers).get('X-Casa-Tenant')).toBe('melegnano');
    expect(post?.body).toMatchObject({ housing: { situation: 'LEASE_NOT_RENEWED' }, consent: { scopes: ['CASE_WORK'] } });
  });

  it('opens the new case once filed', async () => {
    fakeServer((url, init) => {
      if (url.endsWith('/api/casework/cases') && init.method === 'POST') return jsonResponse(caseView({ status: 'REQUESTED' }), 201);
      if (url.includes('/api/casework/')) return problemResponse({ title: 'Not found', status: 404 });
      return jsonResponse(municipalOperator());
    });
    await openForm();
    const user = userEvent.setup();
    await fillMinimalRequest(user);
    await user.click(screen.getByRole('button', { name: 'Invia la richiesta' }));
    // No question about unsaved changes: the request was saved.
    // Queried afresh on every try: the case page replaces its heading as it loads, and an element found once may be
    // gone a moment later (the assertion on it then failed under load).
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: /Presa in carico|Caso non trovato/ })).toBeInTheDocument(),
    );
    expect(screen.queryByText('Modifiche non salvate')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    fakeServer(() => jsonResponse(municipalOperator()));
    await openForm();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Nome/), 'Mario');
    await user.click(screen.getByRole('link', { name: 'Annulla' }));
    expect(await screen.findByText('Modifiche non salvate')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resta e salva' }));
    expect(screen.getByLabelText(/^Nome/)).toHaveValue('Mario');
    await user.click(screen.getByRole('link', { name: 'Annulla' }));
    await user.click(await screen.findByRole('button', { name: 'Esci senza salvare' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Richieste di attivazione' })).toBeInTheDocument();
  });

  it('keeps what was typed when the session ended, and saves it after signing in again in another tab', async () => {
    let signedIn = true;
    const unauthorized = () =>
      problemResponse({ title: 'Unauthorized', status: 401, detail: 'Sign in.', code: 'access.unauthenticated' }, 401);
    const server = fakeServer((url, init) => {
      if (!signedIn) return unauthorized();
      if (url.endsWith('/api/casework/cases') && init.method === 'POST') return jsonResponse(caseView({ status: 'REQUESTED' }), 201);
      if (url.includes('/api/casework/')) return problemResponse({ title: 'Not found', status: 404 });
      return jsonResponse(municipalOperator());
    });
    await openForm();
    const user = userEvent.setup();
    await fillMinimalRequest(user);

    signedIn = false;
    await user.click(screen.getByRole('button', { name: 'Invia la richiesta' }));

    const notice = await screen.findByRole('alert', { name: '' });
    expect(notice).toHaveTextContent('La sessione è scaduta. Quanto hai scritto è ancora in questa pagina');
    expect(notice.contains(document.activeElement)).toBe(true);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByText(/Forbidden|Unauthorized/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Nome/)).toHaveValue('Mario');
    const link = screen.getByRole('link', { name: /Accedi di nuovo/ });
    expect(link).toHaveAttribute('href', '/signed-in');
    expect(link).toHaveAttribute('target', 'casa-sign-in');

    // The user signs in again in the other tab, which tells this one.
    signedIn = true;
    announceSignedIn();
    expect(await screen.findAllByText("Hai effettuato di nuovo l'accesso: puoi continuare e salvare.")).not.toHaveLength(0);
    expect(screen.queryByRole('link', { name: /Accedi di nuovo/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Cognome/)).toHaveValue('Rossi');

    await user.click(screen.getByRole('button', { name: 'Invia la richiesta' }));
    // The new case's page: this fake server knows no case, so it ends on "not found" (its loading title comes first
    // and is gone by the time an assertion on it would run).
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Caso non trovato' })).toBeInTheDocument());
    expect(server.calls.filter((call) => call.init.method === 'POST')).toHaveLength(2);
  });
});
