// Opens the Hinge web app's dashboard in Debian's headless Chromium, waits for the journal's
// analyses and check-ins to render, saves a screenshot and prints what the page shows as JSON.
// Usage: node dashboard.mjs URL SCREENSHOT.png   (CHROMIUM overrides /usr/bin/chromium)
import { args, launch } from './browser.mjs';

const [url, shot] = args('dashboard.mjs URL SCREENSHOT.png', 2);
const browser = await launch();
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
