import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Generous: a loaded 2-core CI machine can take seconds to load five regulations.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Lighthouse is a benchmark (npm run gate:lighthouse, npm run lighthouse), not part of npm test.
          exclude: ['test/browser/gate-lighthouse.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'lighthouse',
          include: ['test/browser/gate-lighthouse.test.ts'],
          environment: 'node',
          testTimeout: 480_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
