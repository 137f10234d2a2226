// End-to-end tests: the real application jar (embedded PostgreSQL, free ports) driven in Debian's headless
// Chromium through playwright-core. Run by Maven in the app module's integration-test phase, or alone:
//
//   npm run e2e                 (from web-ui/, after ./mvnw -pl modules/app -am package -DskipTests)
//
// Environment: CASA_JAR (default ../modules/app/target/casa.jar), CASA_E2E_OUT (screenshots, default
// ../modules/app/target/e2e-screenshots), CHROMIUM (default /usr/bin/chromium), CASA_E2E_ONLY (a regular expression:
// only the journeys whose names match, while working on them; journeys that build on a skipped one then fail),
// CASA_E2E_LIGHTHOUSE=off (no Lighthouse run after the journeys).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startApplication } from './app.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { scenarios } from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '../..');
const jar = resolve(process.env.CASA_JAR ?? join(repository, 'modules/app/target/casa.jar'));
const out = resolve(process.env.CASA_E2E_OUT ?? join(repository, 'modules/app/target/e2e-screenshots'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The journeys, in lists that run one after the other: the shell's and the first modules' (e2e/scenarios.mjs, which
// build on one another), then each module's own (src/modules/<name>/e2e.mjs, exporting `journeys`), found here rather
// than listed. A journey builds on the ones before it in its list, so a failure skips the rest of that list only.
const modulesDirectory = join(here, '../src/modules');
const journeyLists = [['e2e/scenarios.mjs', scenarios]];
for (const module of readdirSync(modulesDirectory).sort()) {
  const file = join(modulesDirectory, module, 'e2e.mjs');
  if (existsSync(file)) journeyLists.push([`src/modules/${module}/e2e.mjs`, (await import(pathToFileURL(file))).journeys]);
}

if (!existsSync(executablePath)) {
  console.error(`e2e: no Chromium at ${executablePath} (apt-get install -y chromium; .ci/run does it on CI)`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
console.log(`e2e: starting ${jar}`);
const app = await startApplication({ jar, repository, logFile: join(out, 'application.log') });
console.log(`e2e: application ready at ${app.url} after ${seconds(started)} s`);

// Whatever happens from here on, the application and its database are stopped before the process ends.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void app.stop().finally(() => process.exit(130)));
}
const launchOptions = {
  executablePath,
  headless: true,
  // Playwright gives every launch a fresh, temporary user-data-dir; --headless comes from headless: true.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
const browser = await chromium.launch(launchOptions).catch(async (error) => {
  await app.stop();
  throw error;
});

let screenshot = 0;
/** The next numbered screenshot's path. */
const nextScreenshot = (name) => {
  screenshot += 1;
  return join(out, `${String(screenshot).padStart(2, '0')}-${name}.png`);
};
const openPages = new Set();
const failures = [];
let passed = 0;

/** What each scenario gets: a signed-in page per user, screenshots and the accessibility check. */
const harness = {
  url: app.url,
  /** A new browser (a desktop screen, or a phone's with `phone: true`) signed in as `username`. */
  async signIn(username, { phone = false } = {}) {
    // bypassCSP lets axe-core be injected; the application's own scripts run under its CSP as usual.
    const context = await browser.newContext({
      baseURL: app.url,
      locale: 'it-IT',
      // The district's users are in Italy: their "today" is Rome's. On a machine in UTC the browser's day would lag
      // the server's between midnight in Rome and midnight UTC, and a period ending "today" would miss today's
      // requests.
      timezoneId: 'Europe/Rome',
      bypassCSP: true,
      ...(phone
        ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 900 } }),
    });
    // Generous: a loaded 2-core CI machine can take long; the tests assert behaviour, never speed.
    context.setDefaultTimeout(60_000);
    context.setDefaultNavigationTimeout(90_000);
    const page = await context.newPage();
    openPages.add(page);
    page.on('close', () => openPages.delete(page));
    context.on('page', (opened) => {
      openPages.add(opened);
      opened.on('close', () => openPages.delete(opened));
    });
    await page.goto('/');
    await harness.signInForm(page, username);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  },
  /** Fills the embedded provider's login form, which the application sends `page` to, and waits to leave it. */
  async signInForm(page, username) {
    await page.waitForURL(/\/login(\?|$)/);
    await page.fill('#username', username);
    await page.fill('#password', process.env.CASA_DEMO_PASSWORD ?? 'casa-demo');
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.click('button[type=submit]')]);
  },
  /** A screenshot of what the screen shows now (not the whole page), e.g. that a message is in view on a phone. */
  async viewportShot(page, name) {
    await page.screenshot({ path: nextScreenshot(name) });
  },
  /** A screenshot for review, then axe-core: no serious or critical violation on the page as it is. */
  async check(page, name) {
    const file = nextScreenshot(name);
    await page.screenshot({ path: file, fullPage: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    if (violations.length > 0) {
      throw new Error(`axe found ${violations.length} serious or critical violation(s) on ${name}:\n  ${violations.join('\n  ')}`);
    }
  },
};

const only = process.env.CASA_E2E_ONLY ? new RegExp(process.env.CASA_E2E_ONLY, 'i') : null;
const chosen = journeyLists.map(([, journeys]) => (only ? journeys.filter(([name]) => only.test(name)) : journeys));
const total = chosen.reduce((sum, journeys) => sum + journeys.length, 0);
try {
  for (const journeys of chosen) {
    for (const [name, scenario] of journeys) {
      const since = Date.now();
      try {
        await scenario(harness);
        passed += 1;
        console.log(`e2e: ✓ ${name} (${seconds(since)} s)`);
      } catch (error) {
        failures.push(name);
        // What the browser showed when it failed, for the report.
        let shot = 0;
        for (const page of openPages) {
          shot += 1;
          await page.screenshot({ path: join(out, `failure-${failures.length}-${shot}.png`), fullPage: true }).catch(() => {});
        }
        console.log(`e2e: ✗ ${name} (${seconds(since)} s)\n${error.stack ?? error}`);
        break; // the rest of this list builds on the journey that failed
      }
    }
  }
  if (failures.length === 0 && process.env.CASA_E2E_LIGHTHOUSE !== 'off') await reportLighthouse();
} finally {
  await browser.close().catch(() => {});
  await app.stop();
}

/**
 * Lighthouse's mobile scores of the pages a phone in the street needs: the inbox, a case, the emergency intake and the
 * dashboard, each as its user sees it. Printed for the report, never asserted (they move with the machine's load); a
 * failure to measure is reported and fails nothing.
 */
async function reportLighthouse() {
  const since = Date.now();
  try {
    const cookieOf = async (page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const municipal = await harness.signIn('operatore.melegnano');
    const agency = await harness.signIn('agenzia.operatrice');
    const inbox = await municipal.evaluate(async () => (await (await fetch('/api/casework/inbox?size=10')).json()).content);
    const pages = [
      { name: 'inbox', url: `${app.url}/casework`, cookie: await cookieOf(agency) },
      { name: 'case', url: `${app.url}/casework/melegnano/cases/${inbox[0].caseId}`, cookie: await cookieOf(municipal) },
      { name: 'emergency intake', url: `${app.url}/emergency/new`, cookie: await cookieOf(municipal) },
      { name: 'dashboard', url: `${app.url}/monitoring`, cookie: await cookieOf(agency) },
    ];
    for (const result of await lighthouseScores({ executablePath, pages })) {
      const { performance, accessibility, 'best-practices': practices } = result.scores;
      console.log(`e2e: lighthouse (mobile) ${result.name} (${result.shown}): performance ${performance}, accessibility ${accessibility}, ` +
        `best practices ${practices}; first paint ${result.firstPaint}, largest paint ${result.largestPaint}, ` +
        `blocking time ${result.blockingTime}, layout shift ${result.layoutShift}` +
        (result.blocking.length ? `; render-blocking: ${result.blocking.join(', ')}` : ''));
    }
    await municipal.context().close();
    await agency.context().close();
    console.log(`e2e: lighthouse took ${seconds(since)} s`);
  } catch (error) {
    console.log(`e2e: lighthouse could not measure: ${error.stack ?? error}`);
  }
}
const skipped = total - passed - failures.length;
console.log(`e2e: screenshots and application log in ${out}`);
console.log(`e2e: run time ${seconds(started)} s (application start included)`);
console.log(`e2e: ${passed} passed, ${failures.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length === 0 ? 0 : 1);
