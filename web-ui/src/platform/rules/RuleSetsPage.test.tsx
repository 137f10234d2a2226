import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, renderShell } from '../../test/render';

const version = {
  id: 1,
  ruleSet: 'misura-unica',
  municipality: null,
  key: '2022-dgr-xi-6970',
  status: 'ADOPTED',
  origin: 'FILE',
  inForce: true,
  act: { kind: 'REGIONAL_RESOLUTION', number: 'XI/6970', date: '2022-09-19', body: 'Giunta regionale della Lombardia' },
  effectiveFrom: '2022-09-19',
  effectiveTo: null,
  parameters: [],
  criteria: [],
  decision: [],
  draftedBy: 'rules/misura-unica/2022-dgr-xi-6970.yaml',
  draftedAt: '2026-12-01T10:00:00Z',
  adoptedBy: 'rules/misura-unica/2022-dgr-xi-6970.yaml',
  adoptedAt: '2026-12-01T10:00:00Z',
  revision: 0,
};

describe('the rule sets page', () => {
  it('lists each rule set with the act of the version in force and its drafts', async () => {
    fakeServer((url) =>
      url.includes('/api/platform/rules')
        ? jsonResponse([
            {
              id: 'misura-unica',
              name: { it: "Misura Unica - contributo all'affitto", en: 'Misura Unica - rent contribution' },
              scope: 'DISTRICT',
              facts: [],
              outcomes: {},
              versions: [version, { ...version, id: 2, key: 'bozza', status: 'DRAFT', inForce: false }],
            },
          ])
        : jsonResponse(agencyOperator()),
    );
    renderShell({ route: '/administration/rules' });

    const row = await screen.findByRole('row', { name: /Misura Unica/ });
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/administration/rules/misura-unica');
    expect(row).toHaveTextContent('XI/6970 (2022-dgr-xi-6970)');
    expect(row).toHaveTextContent("Di tutto l'Ambito");
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('1');
  });
});
