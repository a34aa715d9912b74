import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit beside the code; e2e/ belongs to Playwright.
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-temp-folder.ts'],
  },
});
