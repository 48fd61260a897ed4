import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/plaques.ts';
import { buildSampleCopy } from '../helpers/built-sample.ts';
import { captureIo } from '../helpers/io.ts';
import { removeTrailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// "Proven to scan": every plaque of the sample, every size, read by zxing and jsQR under weather and bad phones.
let built: { copy: TrailCopy; out: string };

beforeAll(async () => {
	built = await buildSampleCopy();
});

afterAll(async () => {
	if (built) await removeTrailCopy(built.copy);
});

describe('npm run plaques -- --verify on the sample', () => {
	test('both decoders read every sample plaque under every degradation', async () => {
		const io = captureIo(built.copy.root);
		const code = await main(['--verify', '--content', built.copy.content, '--out', built.out], io);
		expect(io.err()).toBe('');
		expect({ code, failed: io.out().split('\n').filter((line) => line.includes('✗')) }).toEqual({ code: 0, failed: [] });
		expect(io.out()).toMatch(/^QR plaques: (\d+) of \1 read right; (\d+) of \2 decodes right\.\n$/m);
	}, 300_000);
});
