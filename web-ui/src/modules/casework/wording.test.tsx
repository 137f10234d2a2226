import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { useWording, type Wording } from './wording';

function Worded({ wording }: { wording: Wording }) {
  const word = useWording();
  return <p>{word(wording)}</p>;
}

const handedOver: Wording = {
  code: 'referral.emergency.urgency',
  parameters: {
    problem: 'HOUSE_FIRE',
    calledAt: '2026-11-20T21:30:00Z',
    place: 'Via dei Tigli 1',
    people: '2',
    minors: '1',
    measure: 'HOTEL',
    measureUntil: '2026-11-23',
  },
};

describe('what CASA wrote into a record', () => {
  it('reads in Italian for an Italian reader', () => {
    renderWithProviders(<Worded wording={handedOver} />);
    expect(screen.getByText(/^Passaggio dal Pronto Intervento Sociale: incendio abitazione, chiamata del/)).toHaveTextContent(
      'Luogo: Via dei Tigli 1. Persone coinvolte: 2, di cui un minore. Sistemazione: albergo fino al 23 novembre 2026.',
    );
  });

  it('reads in English for an English reader, with the typed place as typed', () => {
    renderWithProviders(<Worded wording={handedOver} />, { language: 'en' });
    const text = screen.getByText(/^Handed over by the social emergency service: house fire, call of/);
    expect(text).toHaveTextContent('Place: Via dei Tigli 1. People involved: 2, one of them a minor. Placed: hotel until 23 November 2026.');
    expect(text.textContent).not.toMatch(/Passaggio|chiamata|Sistemazione/);
  });

  it('words the triage reason and a revision summary with its plurals', () => {
    renderWithProviders(
      <>
        <Worded wording={{ code: 'referral.emergency.triage', parameters: {} }} />
        <Worded wording={{ code: 'project.revised', parameters: { actionsAdded: '1', goalsRemoved: '2', waysAndTimes: 'changed' } }} />
        <Worded wording={{ code: 'project.agreed', parameters: {} }} />
      </>,
      { language: 'en' },
    );
    expect(screen.getByText('Handed over by the social emergency service: grade 4 by rule')).toBeInTheDocument();
    expect(screen.getByText('2 goals removed, 1 action added, ways and times changed')).toBeInTheDocument();
    expect(screen.getByText('project agreed')).toBeInTheDocument();
  });
});
