// Lighthouse 12 on the pages a phone in the street needs (issue 12): its default mobile emulation (a mid-range phone,
// simulated slow 4G), Debian's Chromium. The scores are printed for the report, never asserted: they move with the
// machine's load, and tests assert behaviour.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * @param {{ executablePath: string, pages: { name: string, url: string, cookie: string }[] }} options
 * @returns {Promise<{ name: string, shown: string, scores: Record<string, number>, firstPaint: string, largestPaint: string,
 *   blockingTime: string, layoutShift: string, blocking: string[] }[]>}
 */
export async function lighthouseScores({ executablePath, pages }) {
  const results = [];
  // A fresh browser for each page: a page measured after another would meet the cookies the first one was given
  // (Chrome's own then replace the session sent as a header) and its cache.
  for (const page of pages) {
    const chrome = await launch({
      chromePath: executablePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    });
    try {
      const run = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        // The signed-in user's session, as a browser would send it.
        extraHeaders: { Cookie: page.cookie },
      });
      const { categories, audits } = run.lhr;
      results.push({
        name: page.name,
        shown: new URL(run.lhr.finalDisplayedUrl).pathname,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
        largestPaint: audits['largest-contentful-paint']?.displayValue ?? '?',
        firstPaint: audits['first-contentful-paint']?.displayValue ?? '?',
        blockingTime: audits['total-blocking-time']?.displayValue ?? '?',
        layoutShift: audits['cumulative-layout-shift']?.displayValue ?? '?',
        blocking: (audits['render-blocking-resources']?.details?.items ?? []).map((item) => item.url.replace(/^https?:\/\/[^/]+/, '')),
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}
