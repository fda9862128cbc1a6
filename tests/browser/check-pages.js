// Browser checks for tests/test_browser.py, in Debian's chromium through playwright-core.
// node check-pages.js BASE_URL SCREENSHOT_DIR PAGES_JSON
//   PAGES_JSON: [{"name": "home", "path": ""}, ...]; pages are fetched as BASE_URL + path.
// Prints one JSON object: {"browser", "axe", "runs": [{name, path, viewport, scheme, problems,
//   scrollWidth, innerWidth, violations, keyboard}], "screenshots"}.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const AXE = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};
const SCHEMES = ['light', 'dark'];
const TABS = 6; // focus outlines are checked on the first few stops of the tab order

// Tab through the page; for each stop, what has focus and whether a focus indicator is drawn.
async function keyboard(page) {
  const stops = [];
  for (let i = 0; i < TABS; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      return {
        tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') || '', href: el.getAttribute('href'),
        text: (el.textContent || '').trim().slice(0, 60),
        visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0
          && r.top < window.innerHeight && r.left < window.innerWidth && s.visibility !== 'hidden' && s.opacity !== '0',
        indicator: Boolean(outline || shadow),
      };
    }));
  }
  return stops;
}

async function visit(context, base, entry, shot) {
  const page = await context.newPage();
  const problems = [];
  const seen = new Set();
  const failed = (url, why) => { if (!seen.has(url)) { seen.add(url); problems.push(`request failed: ${why} ${url}`); } };
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`js error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) failed(r.url(), `HTTP ${r.status()}`); });
  page.on('requestfailed', (r) => failed(r.url(), r.failure() ? r.failure().errorText : 'failed'));
  const run = { problems };
  try {
    const resp = await page.goto(base + entry.path, { waitUntil: 'load', timeout: 30000 });
    if (!resp || resp.status() !== 200) problems.push(`page itself: HTTP ${resp && resp.status()}`);
    if (shot) await page.screenshot({ path: shot, fullPage: true });
    Object.assign(run, await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth,
    })));
    run.keyboard = await keyboard(page);
    await page.addScriptTag({ path: AXE });
    const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    run.violations = axe.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  } catch (e) {
    problems.push(`load failed: ${String(e.message).split('\n')[0]}`);
  }
  await page.close();
  return run;
}

(async () => {
  const [base, shots, pagesJson] = process.argv.slice(2);
  const pages = JSON.parse(pagesJson);
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const result = { browser: browser.version(), axe: AXE_VERSION, runs: [], screenshots: [] };
  for (const [viewport, options] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      for (const entry of pages) {
        const shot = entry.screenshot ? path.join(shots, `${viewport}-${scheme}-${entry.name}.png`) : null;
        const run = await visit(context, base, entry, shot);
        if (shot) result.screenshots.push(shot);
        result.runs.push({ name: entry.name, path: entry.path, viewport, scheme, ...run });
      }
      await context.close();
    }
  }
  await browser.close();
  process.stdout.write(JSON.stringify(result));
})().catch((e) => { console.error(e); process.exit(1); });
