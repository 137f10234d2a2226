import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, jsonResponse, renderWithProviders } from '../../../test/render';
import type { CaseView } from '../api';
import { TimelineSection } from './TimelineSection';

const CASE = { id: '5d9c3f6e-0000-4000-8000-000000000001', householdId: '5d9c3f6e-0000-4000-8000-000000000002' } as CaseView;

// The case timeline is case work's extension point (docs/adr/0016): other modules' entries, shown by their codes.
describe("the case's timeline", () => {
  beforeEach(() => {
    // openapi-fetch builds a Request from a relative URL; Node's needs an absolute one.
    const NodeRequest = globalThis.Request;
    vi.stubGlobal('Request', class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
      }
    });
  });

  it("lists the other modules' timeline entries newest first, by their codes where their words are not loaded", async () => {
    const server = fakeServer(() =>
      jsonResponse({
        content: [
          { id: 'e2', module: 'emergency', kind: 'unknownKind', occurredAt: '2026-12-02T09:30:00Z', facts: {} },
          { id: 'e1', module: 'rentfund', kind: 'application.filed', occurredAt: '2026-12-01T09:30:00Z', facts: { amount: '1200' } },
        ],
        page: { size: 20, number: 0, totalElements: 2, totalPages: 1 },
      }),
    );
    renderWithProviders(<TimelineSection view={CASE} municipality="melegnano" />);

    const list = await screen.findByRole('list', { name: "Attività degli altri servizi, dalla più recente" });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('emergency: unknownKind');
    expect(items[1]).toHaveTextContent('rentfund: application.filed');
    expect(server.calls[0]?.url).toContain(`/api/casework/cases/${CASE.id}/timeline`);
    expect(server.tenantHeaders()[0]).toBe('melegnano');
  });

  it('says when no other service has recorded anything', async () => {
    fakeServer(() => jsonResponse({ content: [], page: { size: 20, number: 0, totalElements: 0, totalPages: 0 } }));
    renderWithProviders(<TimelineSection view={CASE} municipality="melegnano" />);

    expect(await screen.findByText('Nessun altro servizio ha ancora registrato attività per questo caso.')).toBeInTheDocument();
  });
});
