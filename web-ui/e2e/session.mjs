// Issue 12: how a session ends. Signing out ends on CASA's own page, with the provider's session ended too.
import assert from 'node:assert/strict';

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
];
