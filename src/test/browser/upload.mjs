// Uploads a video through the Hinge web app's page in Debian's headless Chromium, watches the
// upload and analysis progress, waits for the report link, saves a screenshot and prints what it
// saw as JSON. Usage: node upload.mjs URL VIDEO SCREENSHOT.png
import { chromium } from 'playwright-core';

const [url, video, shot] = process.argv.slice(2);
if (!url || !video || !shot) {
  console.error('usage: node upload.mjs URL VIDEO SCREENSHOT.png');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.setInputFiles('#file', video);
  await page.fill('#loadKg', '100');
  await page.click('#upload-button');
  const seen = [];
  const deadline = Date.now() + 240000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({
      upload: document.getElementById('upload-progress').value,
      analysis: document.getElementById('analysis-progress').value,
      status: document.getElementById('job-status').textContent,
      done: !!document.getElementById('report-link'),
      error: document.querySelector('#job-result.error')?.textContent ?? null,
    }));
    seen.push(state);
    if (state.done || state.error) break;
    await page.waitForTimeout(200);
  }
  await page.waitForSelector('#analyses tbody tr td', { timeout: 10000 });
  const rows = await page.$$eval('#analyses tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  const link = await page.$eval('#report-link', (a) => a.getAttribute('href')).catch(() => null);
  await page.screenshot({ path: shot, fullPage: true });
  // the report the link leads to: the one-file HTML report with its charts
  let reportTitle = null;
  let reportCharts = 0;
  if (link) {
    await page.click('#report-link');
    await page.waitForLoadState('load');
    reportTitle = await page.title();
    reportCharts = await page.$$eval('canvas', (cs) => cs.length);
    await page.screenshot({ path: shot.replace(/\.png$/, '-report.png'), fullPage: true });
  }
  console.log(JSON.stringify({ seen, rows, link, reportTitle, reportCharts, errors }));
} finally {
  await browser.close();
}
