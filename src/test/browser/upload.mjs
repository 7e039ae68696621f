// Uploads a video through the Hinge web app's page in Debian's headless Chromium, watches the
// upload and analysis progress, waits for the report link, saves a screenshot and prints what it
// saw as JSON. Usage: node upload.mjs URL VIDEO SCREENSHOT.png
import { args, launch } from './browser.mjs';

const [url, video, shot] = args('upload.mjs URL VIDEO SCREENSHOT.png', 3);
const browser = await launch();
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
