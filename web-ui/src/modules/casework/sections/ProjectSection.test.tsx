import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import { DirtyFormsGuard } from '../components/UnsavedChanges';
import { caseView, consentView, projectView } from '../testData';
import { ProjectSection } from './ProjectSection';

describe('a stale edit of the project', () => {
  it('shows both versions and re-applies the user changes on top of theirs, losing neither', async () => {
    const theirs = projectView({ version: 2, revision: 2, goals: ['Trovare casa', 'Lavoro stabile'], lastChangedBy: { userId: 'operatore.melegnano', displayName: 'Giulia Lambrugo Sala' } });
    let current = projectView();
    const server = fakeServer((url, init) => {
      if (url.endsWith('/consent')) return jsonResponse(consentView());
      if (url.endsWith('/project/revisions')) return jsonResponse([]);
      if (url.endsWith('/project') && init.method === 'PUT') {
        const body = server.calls.at(-1)?.body as { version: number };
        if (body.version !== current.version) {
          current = theirs;
          return problemResponse({ title: 'Edit conflict', status: 409, code: 'version.stale', currentVersion: 2 });
        }
        return jsonResponse({ ...current, version: 3 });
      }
      if (url.endsWith('/project')) return jsonResponse(current);
      return jsonResponse(caseView());
    });
    renderWithProviders(
      <DirtyFormsGuard>
        <ProjectSection view={caseView()} me={agencyOperator()} municipality="melegnano" onRecordConsent={() => {}} />
      </DirtyFormsGuard>,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Modifica il progetto' }));
    const ways = screen.getByLabelText('Modi e tempi');
    await user.clear(ways);
    await user.type(ways, 'Otto mesi');
    // Meanwhile the municipality saved revision 2.
    current = { ...current, version: 2 };
    await user.click(screen.getByRole('button', { name: 'Salva la revisione' }));

    const conflict = await screen.findByRole('alert', { name: 'Qualcun altro ha salvato nel frattempo' });
    const [theirsBox, yoursBox] = ['La loro versione (salvata)', 'La tua versione (non salvata)'].map(
      (title) => within(conflict).getByRole('heading', { name: title }).parentElement as HTMLElement,
    );
    expect(await within(theirsBox!).findByText('Lavoro stabile')).toBeInTheDocument();
    expect(within(theirsBox!).getByText('Sei mesi')).toBeInTheDocument();
    expect(within(yoursBox!).getByText('Otto mesi')).toBeInTheDocument();
    expect(within(yoursBox!).queryByText('Lavoro stabile')).not.toBeInTheDocument();

    await user.click(within(conflict).getByRole('button', { name: 'Riapplica le mie modifiche sulla loro' }));
    expect(screen.getByLabelText('Modi e tempi')).toHaveValue('Otto mesi');
    expect(screen.getByLabelText('Obiettivo 2')).toHaveValue('Lavoro stabile');
    await user.click(screen.getByRole('button', { name: 'Salva la revisione' }));

    expect(await screen.findByRole('button', { name: 'Modifica il progetto' })).toBeInTheDocument();
    const saved = server.calls.filter((call) => call.init.method === 'PUT').at(-1)?.body;
    expect(saved).toMatchObject({ version: 2, goals: ['Trovare casa', 'Lavoro stabile'], waysAndTimes: 'Otto mesi' });
  });

  it('can keep their version instead', async () => {
    let current = projectView();
    fakeServer((url, init) => {
      if (url.endsWith('/consent')) return jsonResponse(consentView());
      if (url.endsWith('/project/revisions')) return jsonResponse([]);
      if (url.endsWith('/project') && init.method === 'PUT') {
        current = projectView({ version: 2, waysAndTimes: 'Tre mesi' });
        return problemResponse({ title: 'Edit conflict', status: 409, code: 'version.stale' });
      }
      if (url.endsWith('/project')) return jsonResponse(current);
      return jsonResponse(caseView());
    });
    renderWithProviders(<ProjectSection view={caseView()} me={agencyOperator()} municipality="melegnano" onRecordConsent={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Modifica il progetto' }));
    await user.type(screen.getByLabelText('Modi e tempi'), ' e poi basta');
    await user.click(screen.getByRole('button', { name: 'Salva la revisione' }));
    const conflict = await screen.findByRole('alert', { name: 'Qualcun altro ha salvato nel frattempo' });
    await within(conflict).findByText('Tre mesi');
    await user.click(within(conflict).getByRole('button', { name: 'Tieni la loro versione' }));
    expect(screen.getByLabelText('Modi e tempi')).toHaveValue('Tre mesi');
  });
});

describe('the owner of an action', () => {
  it('is chosen from the colleagues of the case municipality, and saved with their name', async () => {
    const server = fakeServer((url, init) => {
      if (url.endsWith('/api/platform/staff'))
        return jsonResponse([
          { userId: 'agenzia.operatore', displayName: 'Stefano Melzi Arcari', roles: ['AGENCY_OPERATOR'], municipality: null },
          { userId: 'operatore.melegnano', displayName: 'Giulia Lambrugo Sala', roles: ['MUNICIPAL_OPERATOR'], municipality: 'melegnano' },
        ]);
      if (url.endsWith('/consent')) return jsonResponse(consentView());
      if (url.endsWith('/project/revisions')) return jsonResponse([]);
      if (url.endsWith('/project') && init.method === 'PUT') return jsonResponse(projectView({ version: 2 }));
      if (url.endsWith('/project')) return jsonResponse(projectView());
      return jsonResponse(caseView());
    });
    renderWithProviders(<ProjectSection view={caseView()} me={agencyOperator()} municipality="melegnano" onRecordConsent={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Modifica il progetto' }));
    await user.click(screen.getByRole('button', { name: "Aggiungi un'azione" }));
    await user.type(screen.getByLabelText(/^Descrizione/), 'Colloquio con il proprietario');
    await user.selectOptions(screen.getByLabelText('Affidata a'), 'MUNICIPAL_OPERATOR');

    const operator = screen.getByLabelText(/^Operatore/);
    // only the municipality's operators are offered for a municipal operator's action
    await within(operator).findByRole('option', { name: 'Giulia Lambrugo Sala' });
    expect(within(operator).queryByRole('option', { name: 'Stefano Melzi Arcari' })).not.toBeInTheDocument();
    await user.selectOptions(operator, 'operatore.melegnano');
    await user.click(screen.getByRole('button', { name: 'Salva la revisione' }));

    await screen.findByRole('button', { name: 'Modifica il progetto' });
    const saved = server.calls.filter((call) => call.init.method === 'PUT').at(-1)?.body;
    expect(saved).toMatchObject({
      actions: [{ description: 'Colloquio con il proprietario', owner: { kind: 'MUNICIPAL_OPERATOR', userId: 'operatore.melegnano', displayName: 'Giulia Lambrugo Sala' } }],
    });
  });
});
