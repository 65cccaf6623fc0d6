import { defineConfig } from 'vitest/config';

/** Checks of the built site (dist/ and dist-base/): run after `npm run build` and `npm run build:base`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
  },
});
