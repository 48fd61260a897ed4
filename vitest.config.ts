import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The e2e suite builds the whole sample and rasterises PDFs: give it room on a 2-core machine.
		testTimeout: 30_000,
		hookTimeout: 240_000,
	},
});
