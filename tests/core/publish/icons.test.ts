import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, onTestFinished, test } from 'vitest';
import { APP_ICONS } from '../../../src/core/images/icons.ts';
import { writeIcons } from '../../../src/core/publish/icons.ts';
import { PROJECT_ROOT } from '../../helpers/trail-copy.ts';

describe('writeIcons', () => {
	test('draws every icon of the manifest and the apple-touch-icon from the favicon, at its size', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'ditichso-icons-'));
		onTestFinished(() => rm(out, { recursive: true, force: true }));
		expect(await writeIcons(path.join(PROJECT_ROOT, 'public', 'favicon.svg'), out)).toEqual(['/icon-192.png', '/icon-512.png', '/icon-maskable-512.png', '/apple-touch-icon.png']);
		for (const icon of APP_ICONS) {
			const bytes = await readFile(path.join(out, icon.path));
			const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
			expect(info).toMatchObject({ width: icon.sizePx, height: icon.sizePx });
			// The favicon's rounded corner is see-through; a full-bleed icon's corner is the theme colour.
			expect([...data.subarray(0, 4)]).toEqual(icon.purpose === 'any' ? [0, 0, 0, 0] : [0x7a, 0x1f, 0x1f, 255]);
		}
	});
});
