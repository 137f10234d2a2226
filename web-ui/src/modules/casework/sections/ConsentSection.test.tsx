import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, municipalOperator, renderWithProviders } from '../../../test/render';
import { caseView, consentView, projectView } from '../testData';
import { ConsentSection, type ConsentIntent } from './ConsentSection';
import { ProjectSection } from './ProjectSection';

function Panel() {
  const [intent, setIntent] = useState<ConsentIntent | null>(null);
  return <ConsentSection view={caseView()} municipality="melegnano" editable intent={intent} onIntent={setIntent} />;
}

describe('the consent panel', () => {
  it('shows every scope with where it stands, and records a consent the household signed', async () => {
    let consent = consentView();
    const server = fakeServer((url, init) => {
      if (url.endsWith('/consent') && init.method === 'POST') {
        consent = consentView({ AUTONOMY_TEAM: 'IN_FORCE' });
        return jsonResponse(consent);
      }
      return jsonResponse(consent);
    });
    renderWithProviders(<Panel />);
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Il consenso del nucleo, ambito per ambito' });
    const team = within(table).getByRole('row', { name: /Equipe per l'Autonomia/ });
    expect(within(team).getByText('Non dato')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Presa in carico/ })).getByText('Valido')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Registra un consenso' }));
    await user.click(screen.getByRole('button', { name: 'Registra il consenso' }));
    expect(await screen.findByText('Scegli almeno un ambito.')).toBeInTheDocument();
    await user.click(screen.getByLabelText("Equipe per l'Autonomia"));
    await user.click(screen.getByRole('button', { name: 'Registra il consenso' }));

    await within(await screen.findByRole('row', { name: /Equipe per l'Autonomia/ })).findByText('Valido');
    const posted = server.calls.find((call) => call.init.method === 'POST')?.body;
    expect(posted).toMatchObject({ version: 0, scopes: ['AUTONOMY_TEAM'] });
    expect(posted).not.toHaveProperty('validUntil');
  });

  it('withdraws a scope only with a reason, after saying what the withdrawal does', async () => {
    let consent = consentView({ AUTONOMY_TEAM: 'IN_FORCE' });
    const server = fakeServer((url) => {
      if (url.endsWith('/withdrawal')) {
        consent = consentView({ AUTONOMY_TEAM: 'WITHDRAWN' });
        return jsonResponse(consent);
      }
      return jsonResponse(consent);
    });
    renderWithProviders(<Panel />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: "Revoca: Equipe per l'Autonomia" }));
    expect(screen.getByText(/La revoca vale da subito/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conferma la revoca' }));
    expect(server.calls.some((call) => call.url.endsWith('/withdrawal'))).toBe(false);
    await user.type(screen.getByLabelText(/Motivo della revoca/), 'Il nucleo non vuole più condividere');
    await user.click(screen.getByRole('button', { name: 'Conferma la revoca' }));

    await within(await screen.findByRole('row', { name: /Equipe per l'Autonomia/ })).findByText('Revocato');
    expect(server.calls.find((call) => call.url.endsWith('/withdrawal'))?.body).toEqual({
      version: 0,
      scopes: ['AUTONOMY_TEAM'],
      reason: 'Il nucleo non vuole più condividere',
    });
  });

  it('is read-only for those who may not change it', async () => {
    fakeServer(() => jsonResponse(consentView()));
    renderWithProviders(<ConsentSection view={caseView()} municipality="melegnano" editable={false} intent={null} onIntent={() => {}} />);
    await screen.findByRole('table', { name: 'Il consenso del nucleo, ambito per ambito' });
    expect(screen.queryByRole('button', { name: 'Registra un consenso' })).not.toBeInTheDocument();
  });
});

describe('an action of the autonomy team', () => {
  it('says why it needs the household consent and offers to record it', async () => {
    const recordConsent = vi.fn();
    const server = fakeServer((url) => {
      if (url.endsWith('/api/platform/staff'))
        return jsonResponse([{ userId: 'equipe.cooperativa', displayName: 'Cooperativa Eureka', roles: ['AUTONOMY_TEAM_OPERATOR'], municipality: null }]);
      if (url.endsWith('/consent')) return jsonResponse(consentView());
      if (url.endsWith('/project/revisions')) return jsonResponse([]);
      if (url.endsWith('/project')) return jsonResponse(projectView());
      return jsonResponse(caseView());
    });
    renderWithProviders(<ProjectSection view={caseView()} me={agencyOperator()} municipality="melegnano" onRecordConsent={recordConsent} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Modifica il progetto' }));
    await user.click(screen.getByRole('button', { name: "Aggiungi un'azione" }));
    await user.type(screen.getByLabelText(/^Descrizione/), 'Accompagnamento al lavoro');
    await user.selectOptions(screen.getByLabelText('Affidata a'), 'AUTONOMY_TEAM_OPERATOR');

    expect(await screen.findByText(/non ha dato il consenso alla condivisione con l'Equipe/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Salva la revisione' }));
    expect(server.calls.some((call) => call.init.method === 'PUT')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Registra il consenso' }));
    expect(recordConsent).toHaveBeenCalledWith('AUTONOMY_TEAM');
  });

  it('is not questioned once the household consented', async () => {
    fakeServer((url) => {
      if (url.endsWith('/api/platform/staff')) return jsonResponse([]);
      if (url.endsWith('/consent')) return jsonResponse(consentView({ AUTONOMY_TEAM: 'ENDING_SOON' }));
      if (url.endsWith('/project/revisions')) return jsonResponse([]);
      if (url.endsWith('/project')) return jsonResponse(projectView());
      return jsonResponse(caseView());
    });
    renderWithProviders(<ProjectSection view={caseView()} me={municipalOperator()} municipality="melegnano" onRecordConsent={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Modifica il progetto' }));
    await user.click(screen.getByRole('button', { name: "Aggiungi un'azione" }));
    await user.selectOptions(screen.getByLabelText('Affidata a'), 'AUTONOMY_TEAM_OPERATOR');
    expect(screen.queryByText(/non ha dato il consenso alla condivisione con l'Equipe/)).not.toBeInTheDocument();
  });
});
