// Opens a Hinge HTML report (a local file) in Debian's headless Chromium once its charts are drawn,
// and reads back what each chart's axes show, as Chart.js laid them out.
// Usage: node report.mjs FILE.html SCREENSHOT.png
import { pathToFileURL } from 'node:url';
import { args, launch } from './browser.mjs';

const [file, shot] = args('report.mjs FILE.html SCREENSHOT.png', 2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof Chart !== 'undefined'
    && document.querySelectorAll('canvas').length > 0
    && [...document.querySelectorAll('canvas')].every((c) => Chart.getChart(c)));
  const charts = await page.$$eval('canvas', (cs) => cs.map((c) => {
    const chart = Chart.getChart(c);
    const x = chart.scales.x;
    return {
      id: c.id,
      xTitle: x.options.title && x.options.title.text,
      xTicks: x.ticks.map((t) => ({ value: t.value, label: Array.isArray(t.label) ? t.label.join(' ') : String(t.label ?? '') })),
    };
  }));
  await page.screenshot({ path: shot, fullPage: true });
  const summary = await page.$eval('#summary', (e) => e.innerText);
  const figures = await page.$$eval('figure', (fs) => fs.map((f) => f.innerText.trim()));
  const fixes = await page.$eval('#fixes', (e) => e.innerText);
  console.log(JSON.stringify({ charts, errors, summary, figures, fixes }));
} finally {
  await browser.close();
}
