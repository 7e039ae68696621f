// Fills in the Hinge check-in form in Debian's headless Chromium and submits it.
// Usage: node checkin.mjs URL ANSWERS_JSON SCREENSHOT.png
// ANSWERS_JSON maps a question's field (e.g. "leg.numbness", "redFlags.fever") to its answer:
// a number, "yes"/"no"/"unsure", an option, or a list of options. Red flags not named are "no";
// other questions not named keep what the page shows (age and sex from the profile).
import { args, launch } from './browser.mjs';

const [url, answersJson, shot] = args('checkin.mjs URL ANSWERS_JSON SCREENSHOT.png', 3);
const answers = JSON.parse(answersJson);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#submit');
  await page.waitForLoadState('networkidle');
  // what the page filled in from the lifter's profile before anyone typed
  const prefilled = await page.evaluate(() => ({
    age: document.querySelector('input[name="q-age"]').value,
    sex: (document.querySelector('input[name="q-sex"]:checked') || {}).value || null,
    note: [...document.querySelectorAll('.from-profile')].map((e) => e.textContent.trim()),
    redFlagsAnswered: document.querySelectorAll('fieldset.redflag input:checked').length,
  }));
  const redFlagQuestions = await page.$$eval('fieldset.redflag legend', (ls) => ls.map((l) => l.textContent));
  const fields = await page.$$eval('fieldset[data-field]', (fs) => fs.map((f) => ({ field: f.dataset.field, id: f.id, hidden: f.hidden })));
  for (const f of fields) {
    let a = answers[f.field];
    if (a === undefined && f.field.startsWith('redFlags.')) a = 'no';
    if (a === undefined || f.hidden) continue;
    const name = f.id;
    if (typeof a === 'number') {
      await page.fill(`input[name="${name}"]`, String(a));
    } else if (Array.isArray(a)) {
      for (const v of a) await page.check(`input[name="${name}"][value="${v}"]`);
    } else {
      await page.check(`input[name="${name}"][value="${a}"]`);
    }
  }
  await page.click('#submit');
  await page.waitForSelector('#result:not([hidden])', { timeout: 15000 });
  const result = await page.evaluate(() => ({
    disposition: document.getElementById('disposition').textContent,
    cls: document.getElementById('disposition').className,
    advice: [...document.querySelectorAll('#advice li')].map((li) => li.textContent),
    disclaimer: document.getElementById('disclaimer').textContent,
  }));
  await page.screenshot({ path: shot, fullPage: true });
  console.log(JSON.stringify({ redFlagQuestions, prefilled, result, errors }));
} finally {
  await browser.close();
}
