import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, renderShell } from '../test/render';

describe('the language switch', () => {
  it('starts in Italian and switches the whole shell to English', async () => {
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Buongiorno, Giulia Bianchi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'IT Italiano' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'EN English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Hello, Giulia Bianchi' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Working municipality' })).toHaveDisplayValue('Whole district');
    expect(screen.getByRole('button', { name: 'EN English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('casa.language')).toBe('en');
  });
});
