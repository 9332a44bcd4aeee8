import { defineConfig } from 'vitest/config';

const integration = (dialect: 'sqlite' | 'postgres') => ({
  test: {
    name: dialect,
    include: ['src/**/*.int.test.ts'],
    env: { REGIE_TEST_DIALECT: dialect },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

// Unit tests are pure; integration tests (*.int.test.ts) run once per database dialect. The
// PostgreSQL run needs a server: scripts/test.mjs says so plainly when TEST_POSTGRES_URL is not set.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], environment: 'node' },
      },
      integration('sqlite'),
      ...(process.env.TEST_POSTGRES_URL ? [integration('postgres')] : []),
    ],
  },
});
