// Issue 12: how a session ends. Signing out ends on CASA's own page, with the provider's session ended too; a session
// that expires under a half-filled form keeps the form while the user signs in again; errors are where the eyes are.
import assert from 'node:assert/strict';

const family = `Scadutini${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
/** The answer buttons of the phone form are labels of radio inputs: tap the label, as a finger does. */
const tap = (page, text) => page.locator('label', { hasText: new RegExp(`^${text}$`) }).first().click();

/**
 * Whether the focus is inside the alert that says `text` and the alert is on screen, once the page has settled (its
 * scrolling is smooth): waits for it, as long as a slow machine needs, and says false only if it never happens.
 */
async function focusedAndInView(page, text) {
  return page
    .waitForFunction(
      (wanted) => {
        const alert = [...document.querySelectorAll('[role=alert]')].find((node) => node.textContent.includes(wanted));
        if (!alert || !alert.contains(document.activeElement)) return false;
        const box = alert.getBoundingClientRect();
        return box.top >= 0 && box.top + Math.min(box.height, 40) <= window.innerHeight;
      },
      text,
      { timeout: 20_000 },
    )
    .then(() => true, () => false);
}

export const sessionScenarios = [
  [
    "an operator signs out and lands on CASA's signed-out page; signing in again asks for the password",
    async ({ signIn, check }) => {
      const page = await signIn('operatore.melegnano');
      await Promise.all([page.waitForURL('**/signed-out'), page.getByRole('button', { name: 'Esci' }).click()]);
      await page.getByRole('heading', { level: 1, name: 'Sei uscito da CASA' }).waitFor();
      await page.getByText('La sessione di CASA e quella del servizio di accesso sono chiuse').waitFor();
      await check(page, 'signed-out');
      const status = await page.evaluate(async () => (await fetch('/api/platform/me')).status);
      assert.equal(status, 401, 'the session outlived the sign-out');
      // No single sign-on is left at the provider: its login form asks again.
      await page.getByRole('link', { name: 'Accedi di nuovo' }).click();
      await page.waitForURL(/\/login(\?|$)/);
      await page.locator('#password').waitFor();
      await page.context().close();
    },
  ],
  [
    'the session expires under a half-filled request: the operator signs in again in another tab and sends it',
    async ({ signIn, check, signInForm }) => {
      const page = await signIn('operatore.melegnano');
      await page.goto('/casework/new');
      await page.getByRole('heading', { level: 1, name: 'Nuova richiesta di attivazione' }).waitFor();
      const member = (field) => `#household-members-0-${field}`;
      await page.fill(member('givenName'), 'Ada');
      await page.fill(member('familyName'), family);
      await page.selectOption(member('relationship'), 'REFERENCE_PERSON');
      await page.fill(member('birthDate'), '1979-03-08');
      await page.selectOption(member('sex'), 'FEMALE');
      await page.selectOption('#housing-situation', 'LEASE_NOT_RENEWED');
      await page.fill('#urgencyFacts', 'Contratto in scadenza a fine mese.');

      // The session ends on the server (a timeout, a restart): the browser still holds the page and its cookie jar
      // loses the session, as after a timeout.
      const context = page.context();
      const kept = (await context.cookies()).filter((cookie) => cookie.name !== 'SESSION');
      await context.clearCookies();
      await context.addCookies(kept);

      await page.getByRole('button', { name: 'Invia la richiesta' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'La sessione è scaduta.' }).last();
      await alert.waitFor();
      assert.ok(await focusedAndInView(page, 'La sessione è scaduta.'), 'the session message is not where the user looks');
      assert.equal(await page.getByText(/Forbidden|Unauthorized|Your role/).count(), 0, 'an English message reached the user');
      await check(page, 'session-ended');

      // Sign in again in another tab; the form waits in this one.
      const [other] = await Promise.all([context.waitForEvent('page'), alert.getByRole('link', { name: /Accedi di nuovo/ }).click()]);
      await signInForm(other, 'operatore.melegnano');
      await other.getByRole('heading', { level: 1, name: 'Accesso eseguito' }).waitFor();
      await check(other, 'signed-in-again');
      await other.close().catch(() => {});

      await page.bringToFront();
      await page.getByText("Hai effettuato di nuovo l'accesso: puoi continuare e salvare.").first().waitFor();
      assert.equal(await page.inputValue(member('familyName')), family, 'the draft was lost');
      assert.equal(await page.inputValue('#urgencyFacts'), 'Contratto in scadenza a fine mese.');
      await page.getByRole('button', { name: 'Invia la richiesta' }).click();
      await page.getByText('Richiesta inviata').waitFor();
      await page.getByRole('heading', { level: 1, name: `Presa in carico di Ada ${family}` }).waitFor();
      await context.close();
    },
  ],
  [
    "on a phone, the intake's network failure is shown where the operator looks, and nothing typed is lost",
    async ({ signIn, check, viewportShot }) => {
      const page = await signIn('operatore.melegnano', { phone: true });
      await page.goto('/emergency/new');
      await page.getByRole('heading', { level: 1, name: 'Nuova emergenza' }).waitFor();
      await tap(page, 'Carabinieri');
      await tap(page, 'Allagamento');
      await page.fill('#place', 'Via delle Rogge 4');
      // The street has no signal when the operator taps "Registra".
      await page.route('**/api/emergency/emergencies', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: "Registra l'emergenza" }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Il server non risponde' });
      await alert.waitFor();
      assert.ok(await focusedAndInView(page, 'Il server non risponde'), 'the network error is off-screen or unfocused');
      await viewportShot(page, 'intake-network-error-phone-viewport');
      await check(page, 'intake-network-error-phone');

      // Signal again: the same form is sent as it is.
      await page.unroute('**/api/emergency/emergencies');
      assert.equal(await page.inputValue('#place'), 'Via delle Rogge 4');
      await page.getByRole('button', { name: "Registra l'emergenza" }).click();
      await page.getByRole('heading', { level: 1, name: 'Emergenza: Allagamento' }).waitFor();
      await page.context().close();
    },
  ],
  [
    "the web UI's stylesheet and scripts travel compressed, for a phone's slow network",
    async ({ signIn }) => {
      const page = await signIn('operatore.melegnano');
      const encodings = await page.evaluate(async () =>
        Promise.all(
          [...document.querySelectorAll('link[rel=stylesheet], script[src]')].map(async (node) => {
            const url = node.getAttribute('href') ?? node.getAttribute('src');
            const response = await fetch(url, { cache: 'no-store' });
            return [url, response.headers.get('Content-Encoding')];
          }),
        ),
      );
      assert.ok(encodings.length >= 2, `found ${encodings.length} assets`);
      for (const [url, encoding] of encodings) assert.equal(encoding, 'gzip', url);
      await page.context().close();
    },
  ],
];
