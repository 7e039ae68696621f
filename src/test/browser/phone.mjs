// A phone pairs with `hinge serve --lan` and uploads a set: Debian's headless Chromium at a
// phone's viewport (390×844, touch) opens the pairing link, lands on the upload page, films (the
// capture input) and waits for the analysis' summary. Before pairing, a browser without the cookie
// is refused. Prints what it saw as JSON. Usage: node phone.mjs BASE_URL PAIRING_URL VIDEO SHOT.png
import { args, launch } from './browser.mjs';

const [base, pairing, video, shot] = args('phone.mjs BASE_URL PAIRING_URL VIDEO SHOT.png', 4);
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
};
const browser = await launch();
try {
  // a phone that has not paired: the page and the API refuse it
  const stranger = await browser.newContext(phone);
  const strangerPage = await stranger.newPage();
  const unpairedPage = (await strangerPage.goto(base + '/upload')).status();
  const unpairedApi = (await stranger.request.get(base + '/api/v1/analyses')).status();
  const unpairedBody = await (await stranger.request.get(base + '/api/v1/analyses')).json();
  await stranger.close();

  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const pairedStatus = (await page.goto(pairing, { waitUntil: 'load' })).status();
  const landed = new URL(page.url()).pathname + new URL(page.url()).search;
  const cookies = (await context.cookies()).map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, expires: c.expires }));
  const scriptSees = await page.evaluate(() => document.cookie);
  const film = await page.$eval('#film', (i) => ({ type: i.type, accept: i.accept, capture: i.getAttribute('capture') }));
  await page.setInputFiles('#film', video);
  await page.fill('#loadKg', '100');
  await page.tap('#upload-button');
  const seen = [];
  const deadline = Date.now() + 240000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({
      upload: document.getElementById('upload-progress').value,
      analysis: document.getElementById('analysis-progress').value,
      status: document.getElementById('job-status').textContent,
      done: !!document.getElementById('summary'),
      error: document.querySelector('#job-result .error')?.textContent ?? null,
    }));
    seen.push(state);
    if (state.done || state.error) break;
    await page.waitForTimeout(200);
  }
  const summary = await page.$eval('#summary', (s) => s.textContent).catch(() => null);
  const repCount = await page.$eval('#rep-count .big', (s) => s.textContent).catch(() => null);
  const link = await page.$eval('#report-link', (a) => a.getAttribute('href')).catch(() => null);
  const videoHref = await page.$eval('#video-link', (a) => a.getAttribute('href')).catch(() => null);
  let annotated = null;
  if (videoHref) {
    const r = await context.request.get(base + videoHref);
    annotated = { status: r.status(), type: r.headers()['content-type'], bytes: (await r.body()).length };
  }
  let reportLinksVideo = false;
  if (link) {
    const r = await context.request.get(base + link);
    reportLinksVideo = (await r.text()).includes('id="annotated-video"');
  }
  // the same set filmed again: the page sets it against the first (the best at this load), in
  // words and with both sets' best reps drawn, one above the other
  await page.goto(base + '/upload', { waitUntil: 'load' });
  await page.setInputFiles('#film', video);
  await page.fill('#loadKg', '100');
  await page.tap('#upload-button');
  let bestPair = null;
  let bestWords = null;
  try {
    await page.waitForSelector('#summary', { timeout: 240000 });
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll('#best-similar-reps img')];
      return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    }, null, { timeout: 30000 });
    bestWords = await page.$eval('#best-similar', (p) => p.textContent);
    bestPair = await page.$$eval('#best-similar-reps figure', (fs) => fs.map((f) => ({
      src: f.querySelector('img').getAttribute('src'),
      width: f.querySelector('img').naturalWidth,
      height: f.querySelector('img').naturalHeight,
      caption: f.querySelector('figcaption').textContent,
    })));
  } catch (e) {
    errors.push('second upload: ' + e);
  }
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    buttonHeight: document.getElementById('upload-button').getBoundingClientRect().height,
  }));
  await page.screenshot({ path: shot, fullPage: true });
  console.log(JSON.stringify({ bestPair, bestWords, videoHref, video: annotated, reportLinksVideo, unpairedPage, unpairedApi, unpairedBody, pairedStatus, landed, cookies, scriptSees, film, seen, summary, repCount, link, layout, errors }));
} finally {
  await browser.close();
}
