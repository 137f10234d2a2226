import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { renderWithProviders } from '../test/render';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('shows the title and the detail of a problem+json answer', () => {
    const error = new ApiError(409, {
      title: 'Modifica in conflitto',
      detail: 'Il caso è stato modificato da un altro operatore.',
      status: 409,
    });
    renderWithProviders(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Modifica in conflitto');
    expect(alert).toHaveTextContent('Il caso è stato modificato da un altro operatore.');
  });

  it('shows a title without inventing a detail', () => {
    renderWithProviders(<ProblemAlert error={new ApiError(400, { title: 'Richiesta non valida' })} />);
    expect(screen.getByRole('heading', { name: 'Richiesta non valida' })).toBeInTheDocument();
    expect(screen.getByRole('alert').querySelector('p')).toBeNull();
  });

  it('explains an error without a problem body by its status', () => {
    renderWithProviders(<ProblemAlert error={new ApiError(502, null)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Si è verificato un problema');
    expect(screen.getByRole('alert')).toHaveTextContent('codice 502');
  });

  it('says when the server cannot be reached', () => {
    renderWithProviders(<ProblemAlert error={new ApiError(0, null)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Il server non risponde');
  });

  it('shows a generic message for an error that is not from the API', () => {
    renderWithProviders(<ProblemAlert error={new Error('boom')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Si è verificato un problema');
    expect(screen.getByRole('alert')).not.toHaveTextContent('boom');
  });

  it('offers to try again', async () => {
    const retry = vi.fn();
    renderWithProviders(<ProblemAlert error={new ApiError(500, null)} onRetry={retry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
