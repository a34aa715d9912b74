import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.ts';

/** Fails early, with the fix, when no Chromium can be found or the site is not built. */
export default function globalSetup(): void {
  for (const [folder, command] of [
    ['dist', 'npm run build'],
    ['dist-archive', 'npm run build:archive'],
    ['dist-large', 'npm run build:large'],
  ]) {
    if (!existsSync(`${folder}/index.html`) || !existsSync(`${folder}/pagefind/pagefind.js`)) {
      throw new Error(`No production build in ${folder}/: run \`${command}\` first (\`npm test\` does).`);
    }
  }
  const configured = process.env.CHROMIUM_PATH;
  if (configured && !existsSync(configured)) {
    throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
  }
  if (!configured && !existsSync(systemChromium) && !existsSync(chromium.executablePath())) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, ' +
        'or `apt-get install chromium` (Debian), or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
}
