// Free Market's first slice (issue 15, items 1-2): the agency records the two demo agencies' terms, one agency writes
// an agreed-rent offer (refused outside the band, then accepted) and publishes it, the other agency cannot see it,
// and the agency's operator finds it on the market.
import assert from 'node:assert/strict';

const suffix = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6);
// A zone no earlier run used, so that the offer on every list is this run's.
const zone = `Borgo ${suffix}`;
const state = { offerId: '' };

/** A call of the API from the signed-in page, with the CSRF token the application's own client sends. */
async function api(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const token = document.cookie.split('; ').find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
    const response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, { method, path, body });
}

async function recordTerms(page, organisation, municipalities) {
  const current = await api(page, 'GET', `/api/freemarket/partners/${organisation}`);
  const today = new Date();
  const day = (years) => new Date(today.getFullYear() + years, today.getMonth(), today.getDate()).toISOString().slice(0, 10);
  const answer = await api(page, 'PUT', `/api/freemarket/partners/${organisation}`, {
    version: current.status === 200 ? current.body.version : 0,
    accreditedOn: day(-1), accreditedUntil: day(2), accreditationRef: 'ACC-E2E', agreementSignedOn: day(-1),
    agreementUntil: day(1), agreementRef: 'CONV-E2E', contactName: 'Referente di prova',
    contactEmail: 'referente@prova.example', municipalities,
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
}

export const journeys = [
  [
    "the agency records the partner agencies' terms",
    async ({ signIn }) => {
      const page = await signIn('agenzia.admin');
      await recordTerms(page, 'immobiliare-lambro-casa', ['melegnano', 'san-giuliano-milanese']);
      await recordTerms(page, 'vettabbia-immobiliare', ['san-donato-milanese', 'san-giuliano-milanese']);
      await page.context().close();
    },
  ],
  [
    'a partner agency writes an agreed-rent offer, is told the band, corrects the rent and publishes it',
    async ({ signIn, check }) => {
      const page = await signIn('partner.immobiliare');
      await page.goto('/freemarket');
      await page.getByRole('heading', { level: 1, name: 'Offerte di Immobiliare Lambro Casa' }).waitFor();
      await check(page, 'freemarket-partner-offers');
      await page.getByRole('navigation', { name: 'Mercato Libero' }).getByRole('link', { name: 'Nuova offerta' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nuova offerta' }).waitFor();
      await page.getByRole('option', { name: 'Melegnano' }).waitFor({ state: 'attached' });
      await page.selectOption('#municipality', 'melegnano');
      await page.fill('#zone', zone);
      await page.fill('#floorArea', '60');
      await page.fill('#rooms', '2');
      await page.selectOption('#heating', 'AUTONOMOUS');
      await page.selectOption('#energyClass', 'C');
      await page.fill('#energyIndex', '95,4');
      await page.selectOption('#contractType', 'AGREED_RENT_3_2');
      await page.fill('#monthlyRent', '900');
      await page.fill('#availableFrom', new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
      await page.getByRole('button', { name: 'Salva la bozza' }).click();
      await page.locator('#monthlyRent-error', { hasText: 'fuori dalla fascia del canone concordato' }).waitFor();
      await check(page, 'freemarket-offer-outside-band');
      await page.fill('#monthlyRent', '540');
      await page.getByRole('button', { name: 'Salva la bozza' }).click();
      await page.getByRole('heading', { level: 1, name: `2 locali a Melegnano, ${zone}` }).waitFor();
      state.offerId = new URL(page.url()).pathname.split('/').pop();
      await page.getByRole('button', { name: 'Pubblica' }).click();
      await page.getByText('Pubblicata', { exact: true }).waitFor();
      await check(page, 'freemarket-offer-published');
      await page.context().close();
    },
  ],
  [
    "another partner agency sees none of it, and the agency's operator finds it on the market",
    async ({ signIn, check }) => {
      assert.ok(state.offerId, 'the previous journey published an offer');
      const other = await signIn('partner.vettabbia');
      await other.goto('/freemarket');
      await other.getByRole('heading', { level: 1, name: 'Offerte di Vettabbia Immobiliare' }).waitFor();
      assert.equal(await other.getByText(zone).count(), 0);
      assert.equal((await api(other, 'GET', `/api/freemarket/offers/${state.offerId}`)).status, 404);
      assert.equal((await api(other, 'GET', '/api/freemarket/market')).status, 403);
      await other.context().close();

      const agency = await signIn('agenzia.operatrice');
      await agency.goto('/freemarket/market');
      await agency.getByRole('heading', { level: 1, name: 'Tutte le offerte del Mercato Libero' }).waitFor();
      await agency.getByRole('link', { name: `2 locali a Melegnano, ${zone}` }).waitFor();
      await check(agency, 'freemarket-market');
      await agency.context().close();
    },
  ],
];
