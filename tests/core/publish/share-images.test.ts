import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { shareImagePath } from '../../../src/core/images/share-image.ts';
import { loadPlaqueFonts } from '../../../src/core/plaque/fonts.ts';
import { writeShareImages } from '../../../src/core/publish/share-images.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

describe('writeShareImages', () => {
	test('writes one 1200 × 630 JPEG per site, at the path its pages name, the same bytes every time', async () => {
		const copy = await trailCopy('minimal');
		const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
		if (!trail) throw new Error('The minimal fixture does not load');
		const out = path.join(copy.root, 'dist');
		const { paths: written } = await writeShareImages(trail, out, loadPlaqueFonts());
		expect(written).toEqual(trail.sites.map((site) => shareImagePath(site, trail.settings)));
		const first = await Promise.all(written.map((p) => readFile(path.join(out, p))));
		for (const bytes of first) {
			const meta = await sharp(bytes).metadata();
			expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
			expect(meta.exif).toBeUndefined();
		}
		await writeShareImages(trail, out, loadPlaqueFonts());
		expect(await Promise.all(written.map((p) => readFile(path.join(out, p))))).toEqual(first);
	});
});
