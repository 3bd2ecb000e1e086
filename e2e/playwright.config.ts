import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against a running Spilno server (scripts/test.mjs starts one on a fresh
 * SQLite database and passes its address in E2E_BASE_URL). Debian's Chromium, not a download.
 */
export default defineConfig({
  testDir: '.',
  // The foundation journey meets a fresh installation (first-run page); every other journey
  // signs in as the administrator it created, so they run after it.
  projects: [
    { name: 'foundation', testMatch: 'foundation.spec.ts' },
    { name: 'journeys', testMatch: '*.spec.ts', testIgnore: 'foundation.spec.ts', dependencies: ['foundation'] },
  ],
  outputDir: './artifacts/results',
  // Journeys share one server and build on their own state, so they run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
    browserName: 'chromium',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
