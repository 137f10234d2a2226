import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, renderWithProviders } from '../../test/render';
import EmergencyCasePanel from './CasePanel';
import { EMERGENCY_ID, emergencyView } from './testData';

const CASE = { caseId: 'c1', householdId: 'h1', municipality: 'melegnano', me: agencyOperator() };

describe("emergency's panel on the case page", () => {
  beforeEach(() => {
    const NodeRequest = globalThis.Request;
    vi.stubGlobal('Request', class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
      }
    });
  });

  it('shows the emergency a case was opened from, read in the case’s municipality, with the way back to it', async () => {
    const server = fakeServer(() => jsonResponse(emergencyView()));
    renderWithProviders(<EmergencyCasePanel {...CASE} origin={{ module: 'emergency', reference: EMERGENCY_ID }} />);

    expect(await screen.findByRole('heading', { name: 'Pronto Intervento Sociale' })).toBeInTheDocument();
    expect(await screen.findByText('Chiamata')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Apri l'emergenza" })).toHaveAttribute(
      'href',
      `/emergency/melegnano/emergencies/${EMERGENCY_ID}`,
    );
    expect(server.tenantHeaders()[0]).toBe('melegnano');
  });

  it('shows nothing, and asks nothing, for a case that did not come from an emergency', () => {
    const server = fakeServer(() => jsonResponse({}));
    const { container } = renderWithProviders(<EmergencyCasePanel {...CASE} origin={null} />);

    expect(container).toBeEmptyDOMElement();
    expect(server.calls).toHaveLength(0);
  });
});
