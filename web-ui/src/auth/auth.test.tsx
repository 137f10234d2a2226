import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { agencyOperator, fakeServer, jsonResponse, problemResponse, renderShell, renderWithProviders } from '../test/render';
import { LogoutForm } from './LogoutForm';
import { SignedOutPage } from './SignedOutPage';
import { browser } from './session';
import { onSignedInElsewhere } from './sessionState';

const unauthorized = () => problemResponse({ title: 'Unauthorized', status: 401 }, 401);

describe('when not logged in', () => {
  it('sends the browser to the server-side login and remembers the page', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    fakeServer(unauthorized);
    renderShell({ route: '/casework?tab=inbox' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso richiesto' })).toBeInTheDocument();
    expect(assign).toHaveBeenCalledWith('/oauth2/authorization/casa');
    expect(sessionStorage.getItem('casa.returnTo')).toBe('/casework?tab=inbox');
    expect(screen.getByRole('link', { name: 'Accedi' })).toHaveAttribute('href', '/oauth2/authorization/casa');
  });

  it('does not loop when the login just failed to stick', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    sessionStorage.setItem('casa.loginAttempt', String(Date.now()));
    fakeServer(unauthorized);
    renderShell();
    await screen.findByRole('link', { name: 'Accedi' });
    expect(assign).not.toHaveBeenCalled();
  });

  it('stays on the signed-out page after logout', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    sessionStorage.setItem('casa.loggedOut', '1');
    fakeServer(unauthorized);
    renderShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sei uscito da CASA' })).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
  });

  it('returns to the remembered page after login', async () => {
    sessionStorage.setItem('casa.returnTo', '/emergency');
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Pronto Intervento Sociale' })).toBeInTheDocument();
    expect(sessionStorage.getItem('casa.returnTo')).toBeNull();
  });

  it('never returns to another site', async () => {
    sessionStorage.setItem('casa.returnTo', '//evil.example/phish');
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell();
    expect(await screen.findByRole('heading', { level: 1, name: 'Buongiorno, Giulia Bianchi' })).toBeInTheDocument();
  });
});

describe('logout', () => {
  it('posts a form to /logout with the CSRF token of the cookie', () => {
    renderWithProviders(<LogoutForm />);
    document.cookie = 'XSRF-TOKEN=rotated-token';
    const button = screen.getByRole('button', { name: 'Esci' });
    const form = button.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/logout');
    fireEvent.submit(form!);
    expect(form).toHaveFormValues({ _csrf: 'rotated-token' });
    expect(sessionStorage.getItem('casa.loggedOut')).toBe('1');
  });
});

describe('errors loading the profile', () => {
  it("says what went wrong in the user's language and offers to retry", async () => {
    fakeServer(() => problemResponse({ title: 'Service Unavailable', detail: 'The database does not answer.', status: 503 }));
    renderShell();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Il server è molto occupato in questo momento');
    expect(alert).not.toHaveTextContent('database');
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });
});

describe('the signed-out page', () => {
  it('says the user signed out, without asking the server who they are, and offers to sign in again', async () => {
    const server = fakeServer(unauthorized);
    renderWithProviders(<SignedOutPage />, { route: '/signed-out' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sei uscito da CASA' })).toBeInTheDocument();
    expect(screen.getByText(/servizio di accesso sono chiuse/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accedi di nuovo' })).toHaveAttribute('href', '/oauth2/authorization/casa');
    expect(screen.queryByRole('button', { name: 'Esci' })).not.toBeInTheDocument();
    expect(server.calls).toHaveLength(0);
  });

  it('warns when the identity provider kept its own session', async () => {
    renderWithProviders(<SignedOutPage />, { route: '/signed-out?provider=open' });
    expect(await screen.findByText(/chiudi il browser/)).toBeInTheDocument();
  });
});

describe('signing in again in another tab', () => {
  it('tells the tab where the session ended, which keeps its page', async () => {
    const heard = vi.fn();
    const stop = onSignedInElsewhere(heard);
    fakeServer(() => jsonResponse(agencyOperator()));
    renderShell({ route: '/signed-in' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso eseguito' })).toBeInTheDocument();
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    stop();
  });
});
