import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, renderWithProviders } from '../../../test/render';
import { caseView, householdView } from '../testData';
import { TriageSection } from './TriageSection';

const requested = caseView({ status: 'REQUESTED', grade: null, projectAgreed: false, allowedStatuses: ['TRIAGED', 'REJECTED'] });

const QUESTIONS = [
  /Sfratto in corso/,
  /Nessun luogo dove vivere ora/,
  /Violenza o maltrattamenti/,
  /Abitazione non sicura/,
  /Procedimenti penali in corso/,
  /Componenti fragili/,
  /Nessun risparmio/,
];

function proposing(grade: number, saved = caseView({ status: 'TRIAGED', grade: 4 })) {
  return fakeServer((url) => {
    if (url.endsWith('/grade-proposal')) {
      return jsonResponse({
        grade,
        reasons: [
          { criterion: 'ARREARS', parameters: { kinds: 'RENT' } },
          { criterion: 'WEAK_SOCIAL_NETWORK', parameters: {} },
        ],
      });
    }
    return jsonResponse(saved);
  });
}

async function answer(user: UserEvent, question: RegExp, choice: 'Sì' | 'No') {
  await user.click(within(screen.getByRole('group', { name: question })).getByLabelText(choice));
}

async function answerTheRest(user: UserEvent) {
  await user.selectOptions(screen.getByLabelText(/Lavoro e reddito/), 'STABLE');
  for (const question of QUESTIONS) await answer(user, question, 'No');
}

describe('the triage form', () => {
  it('starts from "not yet assessed", pre-filling only what the request and the household state', async () => {
    const server = proposing(1);
    renderWithProviders(
      <TriageSection view={requested} household={householdView({ fragileMembers: true })} municipality="melegnano" />,
    );

    // the defect: "adequate network", "stable work" and "no fragile members" were preset
    expect(screen.getByLabelText(/Rete sociale/)).toHaveValue('');
    expect(screen.getByLabelText(/Lavoro e reddito/)).toHaveValue('');
    for (const question of QUESTIONS.filter((q) => q.source !== 'Componenti fragili')) {
      const group = within(screen.getByRole('group', { name: question }));
      expect(group.getByLabelText('Sì')).not.toBeChecked();
      expect(group.getByLabelText('No')).not.toBeChecked();
    }
    expect(within(screen.getByRole('group', { name: /Componenti fragili/ })).getByLabelText('Sì')).toBeChecked();
    // what is not answered is left out of the proposal
    await waitFor(() =>
      expect(server.calls.filter((call) => call.url.endsWith('/grade-proposal')).at(-1)?.body).toMatchObject({
        arrears: null,
        socialNetwork: null,
        work: null,
        violence: null,
        fragileMembers: true,
      }),
    );

    // a grade cannot rest on questions left unanswered
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Assegna il grado' }));
    expect(within(screen.getByRole('group', { name: /Violenza o maltrattamenti/ })).getByLabelText('Sì')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Rispondi: la valutazione richiede ogni risposta.').length).toBeGreaterThan(5);
    expect(server.calls.some((call) => call.url.endsWith('/triage'))).toBe(false);
  });

  it('shows the proposed grade and why, asks a reason to choose another one, and keeps the saved grade chosen', async () => {
    const server = proposing(3);
    renderWithProviders(<TriageSection view={requested} municipality="melegnano" />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Affitto'));
    await user.selectOptions(screen.getByLabelText(/Rete sociale/), 'WEAK');
    await answerTheRest(user);

    expect(await screen.findByText('Grado proposto: Grado 3 – Povertà abitativa multidimensionale')).toBeInTheDocument();
    expect(screen.getByText('Morosità: Affitto.')).toBeInTheDocument();
    expect(screen.getByText('La rete sociale del nucleo è debole.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Grado 3 – Povertà abitativa multidimensionale/)).toBeChecked();
    // The proposal follows the checklist (after a short pause in the typing).
    await waitFor(() =>
      expect(server.calls.filter((call) => call.url.endsWith('/grade-proposal')).at(-1)?.body).toMatchObject({
        arrears: ['RENT'],
        socialNetwork: 'WEAK',
        work: 'STABLE',
        violence: false,
      }),
    );

    await user.click(screen.getByLabelText(/Grado 4 – Emergenza abitativa/));
    await user.click(screen.getByRole('button', { name: 'Assegna il grado' }));
    const reason = screen.getByLabelText(/Motivo della scelta diversa dalla proposta/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(server.calls.some((call) => call.url.endsWith('/triage'))).toBe(false);

    await user.type(reason, 'Minori in casa e nessuna alternativa per stanotte');
    await user.click(screen.getByRole('button', { name: 'Assegna il grado' }));
    await screen.findByRole('button', { name: 'Assegna il grado' });
    const triage = server.calls.find((call) => call.url.endsWith('/triage'));
    expect(triage?.body).toMatchObject({
      version: 3,
      grade: 4,
      overrideReason: 'Minori in casa e nessuna alternativa per stanotte',
      checklist: { arrears: ['RENT'], socialNetwork: 'WEAK', work: 'STABLE', noPlaceToLive: false },
    });
    expect(new Headers(triage?.init.headers).get('X-Casa-Tenant')).toBe('melegnano');
    // the defect: after grade 4 was saved the form showed the proposal's grade 3 selected
    await waitFor(() => expect(screen.getByLabelText(/Grado 4 – Emergenza abitativa/)).toBeChecked());
    expect(screen.getByLabelText(/Grado 3 – Povertà abitativa multidimensionale/)).not.toBeChecked();
  });

  it('shows the grade in force on a case already triaged', () => {
    proposing(3);
    renderWithProviders(<TriageSection view={caseView({ status: 'TRIAGED', grade: 4, allowedStatuses: ['TRIAGED', 'IN_PROGRESS'] })} municipality="melegnano" />);
    expect(screen.getByText('Grado in vigore: Grado 4 – Emergenza abitativa')).toBeInTheDocument();
    expect(screen.getByLabelText(/Grado 4 – Emergenza abitativa/)).toBeChecked();
  });
});
