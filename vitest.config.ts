import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure modules and content checks: seconds) and `build` (real `astro build`s
// of content fixtures or settings, each in its own folder and cache). `npm run test:unit` runs only
// the first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/build-gate.test.ts', 'tests/site-url.test.ts'],
          testTimeout: 30_000,
          // One module graph for all unit files: they share no mutable state (no mocks or globals),
          // and loading the content graph once instead of per file takes the run from ~41 s to ~8 s.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build-gate.test.ts', 'tests/site-url.test.ts'],
          testTimeout: 240_000,
        },
      },
    ],
  },
});
