import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
/** The site built for a base path (`npm run build:archive`) is served on the next port, under /archive/. */
const archivePort = port + 1;
/** A generated archive of many articles (`npm run build:large`), for pagination, on the port after. */
const largePort = port + 2;

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Every test starts a fresh browser; on a loaded 2-core CI machine the first search has taken over 5 s.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['base-path.spec.ts', 'large-archive.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'base-path',
      testMatch: 'base-path.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${archivePort}/archive/` },
    },
    {
      name: 'large-archive',
      testMatch: 'large-archive.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${largePort}` },
    },
  ],
  // The production builds, served as a static host would: `npm test` builds them first.
  webServer: [
    {
      command: `node e2e/static-server.ts dist ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node e2e/static-server.ts dist-archive ${archivePort} /archive/`,
      url: `http://localhost:${archivePort}/archive/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node e2e/static-server.ts dist-large ${largePort}`,
      url: `http://localhost:${largePort}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
