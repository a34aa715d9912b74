import { existsSync } from 'node:fs';

/** Debian's Chromium, used when present (Playwright cannot download its own on every machine). */
export const systemChromium = '/usr/bin/chromium';

/**
 * How the tests launch Chromium: `CHROMIUM_PATH` if set, else Debian's
 * `/usr/bin/chromium` if present, else the Chromium that
 * `npx playwright install chromium` downloads.
 */
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined),
  // No sandbox for root in containers; no background traffic on machines without a network.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
