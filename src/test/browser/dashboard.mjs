// Opens the Hinge web app's dashboard in Debian's headless Chromium, waits for the journal's
// analyses and check-ins to render, saves a screenshot and prints what the page shows as JSON.
// Usage: node dashboard.mjs URL SCREENSHOT.png   (CHROMIUM overrides /usr/bin/chromium)
import { chromium } from 'playwright-core';

const [url, shot] = process.argv.slice(2);
if (!url || !shot) {
  console.error('usage: node dashboard.mjs URL SCREENSHOT.png');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#analyses tbody tr td', { timeout: 15000 });
  await page.waitForSelector('#checkins tbody tr td', { timeout: 15000 });
  const rows = (sel) => page.$$eval(sel, (trs) => trs.map((tr) => [...tr.cells].map((c) => ({
    text: c.textContent, cls: c.className,
  }))));
  const result = {
    title: await page.title(),
    analyses: await rows('#analyses tbody tr'),
    checkins: await rows('#checkins tbody tr'),
    recurring: await rows('#recurring tbody tr'),
    charts: await page.evaluate(() => Object.values(Chart.instances).map((c) => ({
      id: c.canvas.id, points: c.data.datasets.map((d) => d.data.filter((v) => v !== null).length),
    }))),
    errors,
  };
  await page.screenshot({ path: shot, fullPage: true });
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
