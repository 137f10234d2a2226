// The rule-set screens of issue 13: an administrator drafts the next Misura Unica from the version in force, reviews
// what it changes, tries it on a household's facts and adopts it. Its own data only: a version effective in 2031.
const misuraUnica = "Misura Unica - contributo all'affitto";

export const rulesScenarios = [
  [
    'an agency administrator drafts the next Misura Unica, reviews its changes, tries it and adopts it',
    async ({ signIn, check }) => {
      const page = await signIn('agenzia.admin');
      await page.getByRole('link', { name: 'Regole' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Regole' }).waitFor();
      await page.getByRole('row', { name: /Misura Unica/ }).getByText('XI/6970').waitFor();
      await check(page, 'rules-list');
      await page.getByRole('link', { name: misuraUnica }).click();
      await page.getByRole('heading', { level: 1, name: misuraUnica }).waitFor();
      await check(page, 'rules-misura-unica');

      await page.getByRole('button', { name: 'Nuova bozza' }).click();
      await page.getByRole('heading', { level: 1, name: /bozza-/ }).waitFor();
      await page.fill('#act-number', 'XII/2031');
      await page.fill('#act-date', '2030-12-15');
      await page.fill('#effectiveFrom', '2031-01-01');
      await page.fill('#parameters-maxIsee', '27000');
      await page.getByRole('button', { name: 'Salva la bozza' }).click();
      await page.getByText('Bozza salvata.').waitFor();
      // The review: what the draft changes against the version in force on 1 January 2031.
      await page.getByRole('row', { name: /parameters\.maxIsee/ }).getByText('27000 EURO').waitFor();
      await page.getByRole('row', { name: /act\.number/ }).getByText('XII/2031').waitFor();
      await check(page, 'rules-draft-review');

      // What if: a household with an ISEE of 26,500 euro, over the old ceiling and under the new one.
      await page.selectOption('#whatIf-housingKind', 'FREE_MARKET');
      await page.selectOption('#whatIf-underEviction', 'false');
      await page.selectOption('#whatIf-ownsAdequateHomeInLombardy', 'false');
      await page.fill('#whatIf-isee', '26500');
      await page.fill('#whatIf-leaseRegisteredMonths', '12');
      await page.getByRole('button', { name: 'Valuta' }).click();
      await page.getByTestId('explanation-outcome').getByText('Ammissibile').waitFor();
      // Two criteria start with these words: the one on the plain ceiling is followed by its fact.
      await page.getByRole('row', { name: /^ISEE entro il massimo ISEE del nucleo/ }).getByText('Soddisfatto').waitFor();
      await check(page, 'rules-what-if');

      await page.locator('label[for="adopt-confirm"]').click();
      await page.getByRole('button', { name: 'Adotta la versione' }).click();
      await page.getByRole('heading', { level: 2, name: 'Contenuto' }).waitFor();
      await page.getByText('Adottata', { exact: true }).first().waitFor();
      await check(page, 'rules-adopted');
      await page.context().close();
    },
  ],
];
