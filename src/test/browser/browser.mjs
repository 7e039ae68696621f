// Debian's Chromium, headless, as the browser tests need it (CHROMIUM overrides /usr/bin/chromium).
// playwright-core drives it; it downloads no browser of its own.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The command-line arguments, or a usage message and exit code 2 when some are missing. */
export function args(usage, count) {
  const a = process.argv.slice(2);
  if (a.length < count) {
    console.error('usage: node ' + usage);
    process.exit(2);
  }
  return a;
}
