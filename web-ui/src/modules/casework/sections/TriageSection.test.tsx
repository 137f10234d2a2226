import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, jsonResponse, renderWithProviders } from '../../../test/render';
import { caseView } from '../testData';
import { TriageSection } from './TriageSection';

const requested = caseView({ status: 'REQUESTED', grade: null, projectAgreed: false, allowedStatuses: ['TRIAGED', 'REJECTED'] });

describe('the triage form', () => {
  it('shows the proposed grade and why, and asks a reason to choose another one', async () => {
    const server = fakeServer((url) => {
      if (url.endsWith('/grade-proposal')) {
        return jsonResponse({
          grade: 'MULTIDIMENSIONAL_POVERTY',
          reasons: [
            { criterion: 'ARREARS', parameters: { kinds: 'RENT' } },
            { criterion: 'WEAK_SOCIAL_NETWORK', parameters: {} },
          ],
        });
      }
      return jsonResponse(caseView({ status: 'TRIAGED', grade: 4 }));
    });
    renderWithProviders(<TriageSection view={requested} municipality="melegnano" />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Affitto'));
    await user.selectOptions(screen.getByLabelText('Rete sociale'), 'WEAK');

    expect(await screen.findByText('Grado proposto: Grado 3 – Povertà abitativa multidimensionale')).toBeInTheDocument();
    expect(screen.getByText('Morosità: Affitto.')).toBeInTheDocument();
    expect(screen.getByText('La rete sociale del nucleo è debole.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Grado 3 – Povertà abitativa multidimensionale/)).toBeChecked();
    // The proposal follows the checklist (after a short pause in the typing).
    await waitFor(() =>
      expect(server.calls.filter((call) => call.url.endsWith('/grade-proposal')).at(-1)?.body).toMatchObject({
        arrears: ['RENT'],
        socialNetwork: 'WEAK',
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
      checklist: { arrears: ['RENT'], socialNetwork: 'WEAK' },
    });
    expect(new Headers(triage?.init.headers).get('X-Casa-Tenant')).toBe('melegnano');
  });
});
