import { getViteConfig } from 'astro/config';

/** Unit tests of src/ (lib, stores, widgets' stores), with a coverage floor for the logic and the stores. */
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // One module graph per worker instead of one per file: 2.5× faster here. Every
    // test file resets the state it uses (useStorageForTests, cleanStores), and the
    // suite passes in shuffled orders (vitest run --sequence.shuffle).
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, statements: 90, functions: 90, branches: 85 },
    },
  },
});
