// The journeys of issue 5, in order: each builds on the one before (the request filed first is the one triaged).
import assert from 'node:assert/strict';
import { consentScenarios } from './consent.mjs';
import { rulesScenarios } from './rules.mjs';
import { sessionScenarios } from './session.mjs';

const isoDate = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
// A family name no earlier run used, so that search finds exactly this request.
const family = `Lambrugoni${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
const state = { caseUrl: '', caseId: '' };

const fieldError = (page, id) => page.locator(`#${id}-error`);
// Bootstrap Italia draws checkboxes and radios on their labels: click the label, as a person does.
const tick = (page, id) => page.locator(`label[for="${id}"]`).click();

export const scenarios = [
  [
    'a Melegnano operator files an activation request, with the form checking the fiscal code as typed',
    async ({ signIn, check }) => {
      const page = await signIn('operatore.melegnano');
      await check(page, 'melegnano-home');
      await page.getByRole('link', { name: 'Presa in carico' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Richieste di attivazione' }).waitFor();
      await check(page, 'melegnano-inbox');
      await page.getByRole('link', { name: 'Nuova richiesta di attivazione' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nuova richiesta di attivazione' }).waitFor();

      const member = (index, field) => `#household-members-${index}-${field}`;
      await page.fill(member(0, 'givenName'), 'Mario');
      await page.fill(member(0, 'familyName'), family);
      await page.selectOption(member(0, 'relationship'), 'REFERENCE_PERSON');
      await page.fill(member(0, 'birthDate'), '1985-12-10');
      await page.selectOption(member(0, 'sex'), 'MALE');
      // A typing error in the check character: the form says so before anything is sent.
      await page.fill(member(0, 'fiscalCode'), 'RSSMRA85T10A562T');
      await fieldError(page, 'household-members-0-fiscalCode').getByText('carattere di controllo').waitFor();
      await check(page, 'request-fiscal-code-error');
      await page.fill(member(0, 'fiscalCode'), 'RSSMRA85T10A562S');
      await fieldError(page, 'household-members-0-fiscalCode').waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Aggiungi un componente' }).click();
      await page.fill(member(1, 'givenName'), 'Sofia');
      await page.fill(member(1, 'familyName'), family);
      await page.selectOption(member(1, 'relationship'), 'CHILD');
      await page.fill(member(1, 'birthDate'), '2016-04-02');
      await page.selectOption(member(1, 'sex'), 'FEMALE');
      await page.fill('#phone', '+39 02 0000 0000');
      await page.selectOption('#housing-situation', 'EVICTION_IN_PROGRESS');
      await page.fill('#housing-hearingDate', isoDate(45));
      await page.fill('#urgencyFacts', 'Una figlia minore; udienza di sfratto tra sei settimane.');
      await check(page, 'request-filled');

      await page.getByRole('button', { name: 'Invia la richiesta' }).click();
      await page.getByText('Richiesta inviata').waitFor();
      await page.getByRole('heading', { level: 1, name: `Presa in carico di Mario ${family}` }).waitFor();
      state.caseUrl = new URL(page.url()).pathname;
      state.caseId = state.caseUrl.split('/').pop();
      assert.match(state.caseUrl, /^\/casework\/melegnano\/cases\/[0-9a-f-]{36}$/);
      await page.getByText('Da valutare').first().waitFor();
      await check(page, 'case-filed');
      await page.context().close();
    },
  ],
  [
    'an agency operator finds it in the district inbox, triages it grade 3 and writes the project',
    async ({ signIn, check }) => {
      const page = await signIn('agenzia.operatrice');
      await page.goto('/casework');
      await page.getByText('Tutte le richieste aperte dei nove comuni').waitFor();
      await page.fill('#inbox-search', family);
      await page.getByRole('button', { name: 'Cerca', exact: true }).click();
      const row = page.getByRole('row', { name: new RegExp(family) });
      await row.waitFor();
      assert.equal(await page.getByRole('row', { name: new RegExp(family) }).count(), 1);
      await row.getByText('Melegnano').waitFor();
      await check(page, 'district-inbox');

      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: `Presa in carico di Mario ${family}` }).waitFor();
      // Arrears and a weak network: a housing difficulty plus another dimension, which the system grades 3.
      // Triage starts from "not yet assessed": every question gets an answer, the rest of them "no".
      assert.equal(await page.inputValue('#checklist-socialNetwork'), '', 'the social network was preset');
      await tick(page, 'triage-arrears-RENT');
      await page.selectOption('#checklist-socialNetwork', 'WEAK');
      await page.selectOption('#checklist-work', 'STABLE');
      for (const question of ['evictionInProgress', 'noPlaceToLive', 'violence', 'unsafeDwelling', 'pendingCriminalProceedings', 'fragileMembers', 'noSavings']) {
        const answered = (await page.isChecked(`#checklist-${question}-yes`)) || (await page.isChecked(`#checklist-${question}-no`));
        if (!answered) await tick(page, `checklist-${question}-no`);
      }
      await page.getByText('Grado proposto: Grado 3').waitFor();
      assert.ok(await page.isChecked('#grade-3'), 'the proposed grade is preselected');
      await check(page, 'triage-proposal');
      await page.getByRole('button', { name: 'Assegna il grado' }).click();
      await page.locator('#grade').getByText('Grado 3 – Povertà abitativa multidimensionale').first().waitFor();
      await page.getByText('La rete sociale del nucleo è debole.').first().waitFor();

      await page.getByRole('button', { name: 'Scrivi il progetto' }).click();
      await page.fill('#goals-0', 'Trovare una soluzione abitativa prima dello sfratto');
      await page.getByRole('button', { name: "Aggiungi un'azione" }).click();
      await page.fill('#actions-0-description', 'Domanda al Fondo Affitto di Ambito');
      await page.fill('#actions-0-owner-displayName', 'Il nucleo familiare');
      await page.getByRole('button', { name: "Aggiungi un'azione" }).click();
      await page.fill('#actions-1-description', 'Ricerca di un alloggio temporaneo');
      await page.selectOption('#actions-1-owner-kind', 'AGENCY_OPERATOR');
      await page.getByRole('button', { name: 'Affidala a me' }).click();
      await page.fill('#waysAndTimes', 'Colloquio mensile con il comune; verifica dopo tre mesi.');
      await check(page, 'project-form');
      await page.getByRole('button', { name: 'Salva il progetto concordato' }).click();
      await page.getByRole('button', { name: 'Modifica il progetto' }).waitFor();
      await page.getByText('Ricerca di un alloggio temporaneo').waitFor();

      // One note for everyone, one for the agency only.
      await page.fill('#text', 'Contattato il nucleo: disponibile al colloquio congiunto.');
      await page.getByRole('button', { name: 'Condividi la nota' }).click();
      await page.getByText('Contattato il nucleo').waitFor();
      await page.fill('#text', 'Nota riservata: segnalazione dei servizi sociali.');
      await tick(page, 'visibility-AGENCY_ONLY');
      await page.getByRole('button', { name: 'Condividi la nota' }).click();
      await page.getByText('Nota riservata: segnalazione').waitFor();
      await check(page, 'case-triaged-with-project');
      await page.context().close();
    },
  ],
  [
    'the Melegnano operator sees the grade, its explanation and the project, but not the agency-only note',
    async ({ signIn, check }) => {
      const page = await signIn('operatore.melegnano');
      await page.goto(state.caseUrl);
      await page.getByRole('heading', { level: 1, name: `Presa in carico di Mario ${family}` }).waitFor();
      await page.locator('#grade').getByText('Grado 3 – Povertà abitativa multidimensionale').first().waitFor();
      await page.getByText('Trovare una soluzione abitativa prima dello sfratto').waitFor();
      await page.getByText('Contattato il nucleo').waitFor();
      assert.equal(await page.getByText('Nota riservata').count(), 0, 'an agency-only note reached the municipality');
      assert.equal(await page.locator('#triage').count(), 0, 'a municipal operator was offered the triage');
      await check(page, 'melegnano-sees-grade-and-project');
      // The same page in English: every text of case work has its translation.
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { level: 1, name: `Case of Mario ${family}` }).waitFor();
      await page.getByText('Grade 3 – Multidimensional housing poverty').first().waitFor();
      await check(page, 'case-in-english');
      await page.context().close();
    },
  ],
  // Issue 12: the household's consent, on the case above (e2e/consent.mjs).
  ...consentScenarios(state, family),
  [
    'a San Donato operator cannot find it by address, search or list',
    async ({ signIn, check, url }) => {
      const page = await signIn('operatore.san-donato');
      await page.goto(state.caseUrl);
      await page.getByRole('heading', { level: 1, name: 'Caso non trovato' }).waitFor();
      await check(page, 'san-donato-case-not-found');
      await page.goto(`/casework/san-donato-milanese/cases/${state.caseId}`);
      await page.getByRole('heading', { level: 1, name: 'Caso non trovato' }).waitFor();
      await check(page, 'san-donato-case-not-found-in-own-municipality');

      await page.goto('/casework');
      await page.getByText('Le richieste del Comune di San Donato Milanese').waitFor();
      await page.getByRole('status').filter({ hasText: 'Caricamento delle richieste' }).waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('link', { name: new RegExp(family) }).count(), 0);
      await check(page, 'san-donato-inbox');
      await page.fill('#inbox-search', family);
      await page.getByRole('button', { name: 'Cerca', exact: true }).click();
      await page.getByText('Nessuna richiesta corrisponde ai criteri scelti.').waitFor();
      await check(page, 'san-donato-search-empty');
      // And the API says the same, whatever the browser asks.
      const answers = await page.evaluate(async ({ id }) => {
        const get = async (path, headers = {}) => (await fetch(path, { headers })).status;
        return [
          await get(`/api/casework/cases/${id}`),
          await get(`/api/casework/cases/${id}`, { 'X-Casa-Tenant': 'melegnano' }),
        ];
      }, { id: state.caseId });
      assert.deepEqual(answers.map((status) => status >= 400 && status < 500 && status !== 401), [true, true], `answers ${answers}`);
      assert.ok(url);
      await page.context().close();
    },
  ],
  [
    'a partner real-estate agency sees no case work at all',
    async ({ signIn, check }) => {
      const page = await signIn('partner.immobiliare');
      await check(page, 'partner-home');
      assert.equal(await page.getByRole('link', { name: 'Presa in carico' }).count(), 0);
      await page.goto('/casework');
      await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
      await check(page, 'partner-casework-not-found');
      const status = await page.evaluate(async () => (await fetch('/api/casework/inbox')).status);
      assert.ok(status === 403 || status === 404, `the inbox answered ${status}`);
      await page.context().close();
    },
  ],
  // Issue 12: signing out (e2e/session.mjs).
  ...sessionScenarios,
  [
    "an agency operator reads the district's figures and downloads the Fotografia, internal and public",
    async ({ signIn, check }) => {
      const page = await signIn('agenzia.operatrice');
      await page.getByRole('link', { name: 'Monitoraggio' }).first().click();
      await page.getByRole('heading', { level: 1, name: "Monitoraggio dell'Ambito" }).waitFor();
      await page.getByText('Schede di attivazione ricevute').waitFor();
      // The request Melegnano filed in the first journey is this year's.
      await page.getByRole('img', { name: /Schede di attivazione per comune: .*Melegnano [1-9]/ }).waitFor();
      await check(page, 'monitoring-dashboard');
      await page.getByText('Mostra i dati in tabella').first().click();
      await check(page, 'monitoring-dashboard-table');
      const downloads = await page.evaluate(async () =>
        Promise.all(Array.from(document.querySelectorAll('a[download]'), async (link) => {
          const response = await fetch(link.getAttribute('href'));
          return [link.getAttribute('href'), response.status, response.headers.get('Content-Type')];
        })));
      assert.equal(downloads.length, 6);
      for (const [href, status, type] of downloads) {
        assert.equal(status, 200, href);
        assert.match(type, /pdf|spreadsheetml|csv/, href);
      }
      await page.context().close();
    },
  ],
  [
    "with the demo data, the dashboard and the printable Fotografia show the press kit's published tables",
    async ({ signIn, check }) => {
      const page = await signIn('agenzia.operatrice');
      // The demo is filed at start-up; its figures follow a moment later, through the modules' events.
      const pressKit = 'from=2025-04-01&to=2025-05-31&emergenciesFrom=2024-01-01&emergenciesTo=2024-12-31';
      for (let attempt = 0; ; attempt++) {
        const totals = await page.evaluate(async (query) => {
          const figures = await (await fetch(`/api/monitoring/figures?${query}`)).json();
          return [figures.requests.total, figures.emergencies.total];
        }, pressKit);
        if (totals[0] === 44 && totals[1] === 21) break;
        assert.ok(attempt < 120, `the demo's figures stayed at ${totals}`);
        await page.waitForTimeout(1000);
      }
      await page.goto('/monitoring?preset=pressKit');
      await page.getByRole('heading', { level: 1, name: "Monitoraggio dell'Ambito" }).waitFor();
      // Each chart's accessible name lists its values: the press kit's "Fotografia da aprile a maggio 2025" and
      // "Fotografia Pronto Intervento Sociale – 2024", table by table.
      const chart = (name) => page.getByRole('img', { name, exact: true }).waitFor();
      await chart(
        'Schede di attivazione per comune: San Giuliano Milanese 19; Melegnano 9; Dresano 4; San Donato Milanese 4; ' +
          'Colturano 3; Vizzolo Predabissi 3; Cerro al Lambro 1; San Zenone al Lambro 1; Carpiano 0',
      );
      await chart(
        'Situazioni abitative riscontrate: Rilascio alloggio per mancato rinnovo contratto di locazione 14; ' +
          'Rilascio alloggio per procedimento di sfratto in corso 10; Sistemazione abitativa stabile ma provvisoria 6; ' +
          'Termine temporale di accoglienza presso servizi di accoglienza temporanea 5; Difficoltà sostenibilità affitto 3; ' +
          'Rilascio immobile per motivazione differente da procedimento di sfratto 6; Altra situazione 0',
      );
      await chart(
        'Composizione nuclei familiari (nuclei in carico): Coppia genitoriale con figli minori 21; ' +
          'Madre sola con figli minori 12; Adulto solo 12; Madre con figlio neomaggiorenne 1; Adulto con adulto over 65 1; ' +
          'Coppia genitoriale con figli minori e adulto over 65 1; Altra composizione 0',
      );
      await chart(
        'Ente segnalante: Comune di San Giuliano Milanese 15; Comune di Carpiano 1; Comune di San Donato 1; ' +
          'Comune di San Zenone al Lambro 1; Carabinieri di Melegnano 1; Carabinieri di Opera 1; Dato non pervenuto 1',
      );
      await chart(
        'Problematica abitativa segnalata: Incendio abitazione 3; Sfratto esecutivo 3; ' +
          'Persona sola allontanata da ospitante 1; Allagamento abitazione 1; ' +
          "Assenza di acqua nell'abitazione per morosità 2; Assenza di dimora 2; Minori stranieri non accompagnati 6; " +
          'Altra problematica 3',
      );
      await page.getByText('di cui 4 da prima del periodo').waitFor();
      await check(page, 'monitoring-demo-press-kit');

      // The printable Fotografia, laid out by the server as its PDF, with the note on the 48 households.
      await page.getByRole('link', { name: 'Fotografia da stampare' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Fotografia da aprile a maggio 2025' }).waitFor();
      await page.getByRole('heading', { name: 'Schede di attivazione ricevute: 44' }).waitFor();
      await page.getByRole('heading', { name: 'Composizione nuclei familiari: 48' }).waitFor();
      await page.getByRole('heading', { name: 'Ente segnalante: 21' }).waitFor();
      await page.getByRole('heading', { name: 'Segnalazione problematica abitativa: 18' }).waitFor();
      await page.getByText('di cui 4 con una scheda ricevuta prima del periodo').waitFor();
      await check(page, 'monitoring-fotografia');
      // On paper: the application's header and the page's buttons are left out.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.d-print-none').isVisible(), false, 'the header would be printed');
      assert.equal(await page.getByRole('button', { name: 'Stampa' }).isVisible(), false, 'the buttons would be printed');
      await check(page, 'monitoring-fotografia-print');
      await page.emulateMedia({ media: 'screen' });
      // The public version hides the small counts.
      await page.getByRole('link', { name: 'Versione pubblica (numeri piccoli nascosti)' }).click();
      await page.getByRole('row', { name: 'Cerro al Lambro <3' }).waitFor();
      await check(page, 'monitoring-fotografia-public');
      await page.context().close();
    },
  ],
  [
    "a Melegnano operator's dashboard shows Melegnano only",
    async ({ signIn, check }) => {
      const page = await signIn('operatore.melegnano');
      await page.goto('/monitoring');
      await page.getByText("Le attività dell'Agenzia per l'abitare nel Comune di Melegnano.").waitFor();
      assert.equal(await page.getByLabel('Comune', { exact: true }).count(), 0);
      await check(page, 'monitoring-melegnano');
      const status = await page.evaluate(async () =>
        (await fetch('/api/monitoring/figures?municipality=san-donato-milanese')).status);
      assert.equal(status, 404);
      await page.context().close();
    },
  ],
  // Last: the rule screens depend on no other journey, and no other journey on them.
  ...rulesScenarios,
];
