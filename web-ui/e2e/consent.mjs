// Issue 12, item 1: the household's consent enforced. Runs on the case the first journeys filed and triaged.
import assert from 'node:assert/strict';

export function consentScenarios(state, family) {
  const title = () => `Presa in carico di Mario ${family}`;
  return [
    [
      "an action of the autonomy team needs the household's consent, which the agency records from the project form",
      async ({ signIn, check }) => {
        const page = await signIn('agenzia.operatrice');
        await page.goto(state.caseUrl);
        await page.getByRole('heading', { level: 1, name: title() }).waitFor();
        const consent = page.locator('#consent');
        await consent.getByRole('row', { name: /Equipe per l'Autonomia/ }).getByText('Non dato', { exact: true }).waitFor();

        await page.getByRole('button', { name: 'Modifica il progetto' }).click();
        await page.getByRole('button', { name: "Aggiungi un'azione" }).click();
        await page.fill('#actions-2-description', 'Accompagnamento alla ricerca di lavoro');
        await page.selectOption('#actions-2-owner-kind', 'AUTONOMY_TEAM_OPERATOR');
        await page.getByText("non ha dato il consenso alla condivisione con l'Equipe per l'Autonomia").waitFor();
        await check(page, 'project-team-action-without-consent');
        await page.getByRole('button', { name: 'Registra il consenso' }).click();
        // The consent panel's form opens with the autonomy team ticked; the project form keeps what was typed.
        await page.getByRole('heading', { name: 'Registra il consenso firmato dal nucleo' }).waitFor();
        assert.ok(await page.isChecked('#consent-scope-AUTONOMY_TEAM'));
        await consent.getByRole('button', { name: 'Registra il consenso' }).click();
        await consent.getByRole('row', { name: /Equipe per l'Autonomia/ }).getByText('Valido', { exact: true }).waitFor();
        await consent.getByText("Consenso dato per Equipe per l'Autonomia").waitFor();
        await check(page, 'consent-panel');

        await page.getByText("non ha dato il consenso alla condivisione con l'Equipe").waitFor({ state: 'detached' });
        await page.selectOption('#actions-2-owner-userId', 'equipe.cooperativa');
        await page.getByRole('button', { name: 'Salva la revisione' }).click();
        await page.getByRole('button', { name: 'Modifica il progetto' }).waitFor();
        await page.getByText('Accompagnamento alla ricerca di lavoro').waitFor();
        await page.context().close();
      },
    ],
    [
      'the autonomy team sees the case until the household withdraws its consent, and the agency gets the list',
      async ({ signIn, check }) => {
        const team = await signIn('equipe.cooperativa');
        await team.goto(state.caseUrl);
        await team.getByRole('heading', { level: 1, name: title() }).waitFor();
        await team.getByText('Accompagnamento alla ricerca di lavoro').waitFor();
        assert.equal(await team.locator('#consent').count(), 0, 'the team was shown the consent panel');
        await check(team, 'team-sees-case');

        const agency = await signIn('agenzia.operatrice');
        await agency.goto(state.caseUrl);
        const consent = agency.locator('#consent');
        await consent.getByRole('button', { name: "Revoca: Equipe per l'Autonomia" }).click();
        await consent.getByText('La revoca vale da subito').waitFor();
        await agency.fill('#withdrawal-reason', 'Il nucleo chiede di non condividere più i dati con la cooperativa.');
        await check(agency, 'consent-withdrawal');
        await consent.getByRole('button', { name: 'Conferma la revoca' }).click();
        await consent.getByRole('row', { name: /Equipe per l'Autonomia/ }).getByText('Revocato', { exact: true }).waitFor();
        await consent.getByText("Consenso revocato per Equipe per l'Autonomia").waitFor();
        await check(agency, 'consent-panel-withdrawn');

        // At once: the team's next look finds nothing.
        await team.reload();
        await team.getByRole('heading', { level: 1, name: 'Caso non trovato' }).waitFor();
        await check(team, 'team-after-withdrawal');

        // The action stays; the agency finds the case among those whose team actions lost consent.
        // The inbox counts the team's actions from the project's events, a moment after the save.
        const notice = agency.getByText(/azioni dell'Equipe per l'Autonomia ma il nucleo/);
        for (let attempt = 0; ; attempt++) {
          await agency.goto('/casework');
          await agency.getByRole('heading', { level: 1, name: 'Richieste di attivazione' }).waitFor();
          if (await notice.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
          assert.ok(attempt < 20, 'the agency was not told of the case whose team action lost consent');
        }
        await agency.getByRole('button', { name: 'Mostra i casi' }).click();
        const row = agency.getByRole('row', { name: new RegExp(family) });
        await row.getByText('Equipe senza consenso').waitFor();
        await check(agency, 'inbox-team-without-consent');
        await team.context().close();
        await agency.context().close();
      },
    ],
  ];
}
