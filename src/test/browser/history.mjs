// Logs a set on the Hinge history page in Debian's headless Chromium and reads the days back.
// Usage: node history.mjs URL SCREENSHOT.png
import { args, launch } from './browser.mjs';

const [url, shot] = args('history.mjs URL SCREENSHOT.png', 2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#days .day');
  await page.fill('#day', '2026-11-19');
  await page.fill('#exercise', 'Rumänisches Kreuzheben');
  await page.fill('#loadKg', '90');
  await page.fill('#reps', '10');
  await page.fill('#rir', '3');
  await page.click('#add');
  await page.waitForSelector('.day[data-day="2026-11-19"]');
  const days = await page.$$eval('#days .day', (ds) => ds.map((d) => ({
    day: d.dataset.day,
    sets: [...d.querySelectorAll('tr')].slice(1).map((tr) => [...tr.cells].map((c) => c.textContent)),
    checkins: [...d.querySelectorAll('.checkin')].map((c) => c.textContent),
  })));
  await page.screenshot({ path: shot, fullPage: true });
  console.log(JSON.stringify({ days, status: await page.textContent('#status'), errors }));
} finally {
  await browser.close();
}
