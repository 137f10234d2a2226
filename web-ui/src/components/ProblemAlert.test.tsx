import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { sessionEnded } from '../auth/sessionState';
import { renderWithProviders } from '../test/render';
import { ProblemAlert } from './ProblemAlert';

// What the server sends: English words for API clients, and a code for the UI to word in the reader's language.
const stale = new ApiError(409, {
  title: 'Edit conflict',
  detail: 'Someone else changed this record after you opened it.',
  status: 409,
  code: 'version.stale',
});

describe('ProblemAlert', () => {
  it("words a problem by its code in the reader's language, never in the server's English", () => {
    renderWithProviders(<ProblemAlert error={stale} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Modifica in conflitto');
    expect(alert).toHaveTextContent('Qualcun altro ha modificato questi dati');
    expect(alert).not.toHaveTextContent('Someone else');
  });

  it("finds a module's own codes", () => {
    const readOnly = new ApiError(409, { title: 'Case is read-only', detail: 'CLOSED case.', code: 'case.readOnly' });
    renderWithProviders(<ProblemAlert error={readOnly} />);
    expect(screen.getByRole('heading', { name: 'Caso in sola lettura' })).toBeInTheDocument();
  });

  it('words an unknown code by its status, in Italian', () => {
    const unknown = new ApiError(409, { title: 'Strange', detail: 'Something odd happened.', code: 'odd.thing' });
    renderWithProviders(<ProblemAlert error={unknown} />);
    expect(screen.getByRole('alert')).toHaveTextContent("L'operazione non è possibile nello stato attuale");
    expect(screen.getByRole('alert')).not.toHaveTextContent('Something odd');
  });

  it("shows the server's own words to English readers when the UI has none", () => {
    const unknown = new ApiError(409, { title: 'Strange', detail: 'Something odd happened.', code: 'odd.thing' });
    renderWithProviders(<ProblemAlert error={unknown} />, { language: 'en' });
    expect(screen.getByRole('heading', { name: 'Strange' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Something odd happened.');
  });

  it('says "Forbidden" in the Italian UI as Italian', () => {
    const forbidden = new ApiError(403, { title: 'Forbidden', detail: 'Your role does not allow this.', code: 'access.denied' });
    renderWithProviders(<ProblemAlert error={forbidden} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Il tuo ruolo non permette questa operazione.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Forbidden');
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

  it("leaves an ended session to the page's one notice", () => {
    sessionEnded();
    const ended = new ApiError(401, { title: 'Unauthorized', detail: 'Sign in.', code: 'access.unauthenticated' });
    renderWithProviders(<ProblemAlert error={ended} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the session ended, in Italian, if the page has no notice of it yet', () => {
    const ended = new ApiError(401, { title: 'Unauthorized', detail: 'Sign in.', code: 'access.unauthenticated' });
    renderWithProviders(<ProblemAlert error={ended} />);
    expect(screen.getByRole('alert')).toHaveTextContent('La sessione è scaduta.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Unauthorized');
  });

  it("takes the focus when the user's own action failed, so that a phone shows it", () => {
    const scrolled = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrolled;
    renderWithProviders(<ProblemAlert error={new ApiError(0, null)} />);
    expect(screen.getByRole('heading', { name: 'Si è verificato un problema' })).toHaveFocus();
    expect(scrolled).toHaveBeenCalled();
  });

  it('leaves the focus alone for a failed load, which may come from a background refresh', async () => {
    renderWithProviders(<ProblemAlert error={new ApiError(500, null)} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Si è verificato un problema' })).not.toHaveFocus();
  });

  it('offers to try again', async () => {
    const retry = vi.fn();
    renderWithProviders(<ProblemAlert error={new ApiError(500, null)} onRetry={retry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
