import { defineConfig } from 'vitest/config';

// End-to-end journeys in Debian's Chromium against the real server (e2e/README.md). One file at a
// time: each starts its own server and browser, and these machines have two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
