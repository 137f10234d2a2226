import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Explanation, type Evaluation } from './Explanation';

const label = (it: string, en: string) => ({ it, en });

const evaluation: Evaluation = {
  version: 7,
  ruleSet: 'misura-unica',
  versionKey: '2022-dgr-xi-6970',
  act: { kind: 'REGIONAL_RESOLUTION', number: 'XI/6970', date: '2022-09-19', body: 'Giunta regionale della Lombardia' },
  outcome: 'not-eligible',
  outcomeLabel: label('Non ammissibile', 'Not eligible'),
  unknownFacts: ['incomeDropPercent'],
  criteria: [
    {
      criterion: 'iseeWithinCeiling',
      label: label('ISEE entro il massimo', 'ISEE within the ceiling'),
      fact: 'isee',
      factLabel: label('ISEE del nucleo', 'Household ISEE'),
      value: 27500,
      unit: 'EURO',
      operator: 'AT_MOST',
      thresholds: [{ parameter: 'maxIsee', label: label('ISEE massimo', 'Maximum ISEE'), value: '26000' }],
      result: 'NOT_MET',
    },
    {
      criterion: 'notUnderEviction',
      label: label('Non sottoposto a sfratto', 'Not under eviction'),
      fact: 'underEviction',
      factLabel: label('Sottoposto a sfratto', 'Under eviction'),
      value: false,
      unit: 'NONE',
      operator: 'IS',
      thresholds: [{ parameter: null, value: 'false' }],
      result: 'MET',
    },
    {
      criterion: 'incomeDropped',
      label: label('Calo del reddito oltre la soglia', 'Income drop over the threshold'),
      fact: 'incomeDropPercent',
      factLabel: label('Calo del reddito', 'Income drop'),
      value: null,
      unit: 'PERCENT',
      operator: 'GREATER_THAN',
      thresholds: [{ parameter: 'minIncomeDropPercent', label: label('Calo minimo del reddito', 'Minimum income drop'), value: '25' }],
      result: 'UNKNOWN',
    },
  ],
};

describe('Explanation', () => {
  it('shows each criterion with its fact, its threshold and whether it was met, under the act of the version', () => {
    renderWithProviders(<Explanation evaluation={evaluation} />);

    expect(screen.getByTestId('explanation-outcome')).toHaveTextContent('Non ammissibile');
    expect(screen.getByText(/XI\/6970, Giunta regionale della Lombardia/)).toBeInTheDocument();
    const isee = screen.getByRole('row', { name: /ISEE entro il massimo/ });
    expect(within(isee).getByText(/27\.500/)).toBeInTheDocument();
    expect(within(isee).getByText(/al massimo 26\.000/)).toBeInTheDocument();
    expect(within(isee).getByText('ISEE massimo')).toBeInTheDocument();
    expect(within(isee).getByText('Non soddisfatto')).toBeInTheDocument();
    const eviction = screen.getByRole('row', { name: /Non sottoposto a sfratto/ });
    expect(within(eviction).getByText('è No')).toBeInTheDocument();
    expect(within(eviction).getByText('Soddisfatto')).toBeInTheDocument();
    const drop = screen.getByRole('row', { name: /Calo del reddito oltre la soglia/ });
    expect(within(drop).getAllByText('Non noto')).toHaveLength(2);
    expect(within(drop).getByText(/più di 25 %/)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Manca 1 fatto');
  });
});
